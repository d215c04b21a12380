using System.Globalization;
using JapanRussia.Core.Queries;
using Microsoft.AspNetCore.Components;

namespace JapanRussia.Web.Components.Pages.Timeline;

public sealed partial class FilterPanel : IDisposable
{
    /// <summary>Typing pauses this long before the list follows, so each keystroke does not cost a query.</summary>
    public static readonly TimeSpan TypingPause = TimeSpan.FromMilliseconds(250);

    private CancellationTokenSource? _typing;
    private string? _text;
    private string? _lastQueryText;
    private bool _navigated;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Parameter, EditorRequired]
    public TimelineQuery Query { get; set; } = TimelineQuery.Cleared;

    [Parameter, EditorRequired]
    public TimelineFacets Facets { get; set; } = null!;

    [Parameter]
    public int Total { get; set; }

    protected override void OnParametersSet()
    {
        // Follow the URL when it changes from elsewhere (back, a chip, a link), but never overwrite what is being typed.
        if (!string.Equals(Query.Text, _lastQueryText, StringComparison.Ordinal))
        {
            _lastQueryText = Query.Text;
            if (!string.Equals(Query.Text, _text?.Trim() is { Length: > 0 } t ? t : null, StringComparison.Ordinal))
            {
                _text = Query.Text;
            }
        }
    }

    /// <summary>
    /// A choice that navigates is shown when the page renders the panel for the new URL. Rendering it after the event as
    /// well would send a batch of its own ahead of the navigation, and cost a filter change its time.
    /// </summary>
    protected override bool ShouldRender()
    {
        var render = !_navigated;
        _navigated = false;
        return render;
    }

    private async Task TextInputAsync(ChangeEventArgs args)
    {
        _text = args.Value as string;
        if (_typing is not null)
        {
            await _typing.CancelAsync();
            _typing.Dispose();
        }

        _typing = new CancellationTokenSource();
        var token = _typing.Token;
        try
        {
            await Task.Delay(TypingPause, token);
        }
        catch (TaskCanceledException)
        {
            return;
        }

        NavigateText(replace: true);
    }

    private void Submit()
    {
        _typing?.Cancel();
        NavigateText(replace: false);
    }

    private void NavigateText(bool replace)
    {
        var text = string.IsNullOrWhiteSpace(_text) ? null : _text.Trim();
        if (string.Equals(text, Query.Text, StringComparison.Ordinal))
        {
            return;
        }

        _lastQueryText = text;
        Navigation.NavigateTo((Query with { Text = text, Page = 1 }).ToUrl(), replace: replace);
    }

    private Task FromChangedAsync(ChangeEventArgs args) => NavigateAsync(Query.WithYears(Year(args.Value), Query.To));

    private Task ToChangedAsync(ChangeEventArgs args) => NavigateAsync(Query.WithYears(Query.From, Year(args.Value)));

    private Task NavigateAsync(TimelineQuery query)
    {
        var normalised = TimelineQuery.Parse(
            query.Eras, query.Topics, query.Source, query.Person, query.Place,
            query.From?.ToString(CultureInfo.InvariantCulture), query.To?.ToString(CultureInfo.InvariantCulture), query.Text,
            query.Page.ToString(CultureInfo.InvariantCulture));
        _navigated = true;
        Navigation.NavigateTo(normalised.ToUrl());
        return Task.CompletedTask;
    }

    private static int? Year(object? value) =>
        int.TryParse(value as string, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year) ? year : null;

    public void Dispose()
    {
        _typing?.Cancel();
        _typing?.Dispose();
    }
}
