using System.Globalization;
using JapanRussia.Core.Queries;
using JapanRussia.Web.Components.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace JapanRussia.Web.Components.Pages.Timeline;

public sealed partial class TimelinePage : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private int _loads;
    private bool _loading;
    private IDisposable? _leaving;
    private string? _leavingTo;

    [Inject]
    private TimelinePageQueries Pages { get; set; } = null!;

    [Inject]
    private TimelineCatalog Catalog { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [SupplyParameterFromQuery(Name = "era")]
    public string[]? EraValues { get; set; }

    [SupplyParameterFromQuery(Name = "topic")]
    public string[]? TopicValues { get; set; }

    [SupplyParameterFromQuery(Name = "source")]
    public string? SourceValue { get; set; }

    [SupplyParameterFromQuery(Name = "person")]
    public string? PersonValue { get; set; }

    [SupplyParameterFromQuery(Name = "place")]
    public string? PlaceValue { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public string? FromValue { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? ToValue { get; set; }

    [SupplyParameterFromQuery(Name = "q")]
    public string? TextValue { get; set; }

    [SupplyParameterFromQuery(Name = "page")]
    public string? PageValue { get; set; }

    /// <summary>Carried from prerendering into the circuit, so the first interactive render reuses the events.</summary>
    [PersistentState]
    public TimelineList? List { get; set; }

    private TimelineView? View { get; set; }

    private TimelineQuery Query { get; set; } = TimelineQuery.Cleared;

    private IReadOnlyList<string> Terms { get; set; } = [];

    private string Title => Query.HasFilters ? "Filtered timeline · Japan–Russia Timeline" : "Japan–Russia Timeline";

    protected override async Task OnParametersSetAsync()
    {
        Query = TimelineQuery.Parse(EraValues, TopicValues, SourceValue, PersonValue, PlaceValue, FromValue, ToValue, TextValue, PageValue);
        Terms = SearchTerms.Parse(Query.Text);
        var key = Query.ToUrl();
        if (View?.Key == key)
        {
            return;
        }

        // A newer URL may arrive while this one loads (fast clicks, back and forward): only the latest load is shown.
        var load = ++_loads;
        _loading = true;
        try
        {
            var view = await LoadAsync(Query, key, Terms, _disposed.Token);
            if (load == _loads)
            {
                View = view;
                List = view.List;
            }
        }
        finally
        {
            if (load == _loads)
            {
                _loading = false;
            }
        }
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
        {
            _leaving = Navigation.RegisterLocationChangingHandler(LeaveAsync);
        }
    }

    /// <summary>
    /// The other pages are static (excluded from interactive routing). The router reloads for them, but with a
    /// fragment (a source link's <c>#p-12</c>) that reload is only a jump within this page; so leave with a full load.
    /// </summary>
    private ValueTask LeaveAsync(LocationChangingContext context)
    {
        var relative = Navigation.ToBaseRelativePath(Navigation.ToAbsoluteUri(context.TargetLocation).AbsoluteUri);
        if (relative.Length > 0 && relative[0] is not ('?' or '#') && context.TargetLocation != _leavingTo)
        {
            context.PreventNavigation();
            var target = _leavingTo = context.TargetLocation;

            // Only once this navigation is over does the router accept another.
            _ = InvokeAsync(async () =>
            {
                await Task.Yield();
                Navigation.NavigateTo(target, forceLoad: true);
            });
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>While new results load, re-rendering the old ones would only cost time; the list changes once, when they arrive.</summary>
    protected override bool ShouldRender() => !_loading || View is null;

    private async Task<TimelineView> LoadAsync(TimelineQuery query, string key, IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        var (facets, years) = await Pages.GetFacetsAndYearsAsync(query.WithoutYears().ToFilter(), cancellationToken);
        if (List is { } carried && carried.Key == key)
        {
            return new TimelineView(key, carried.Results, carried.Paragraphs, years, facets);
        }

        var results = await Pages.PageAsync(query.ToFilter(), query.Page, TimelineQuery.PageSize, cancellationToken);

        // Cards open from the start (a search with few sources per event) show their paragraphs; the others load them when expanded.
        var open = results.Items.Where(e => EventCard.OpensByDefault(e, terms)).Select(e => e.Id).ToList();
        var paragraphs = open.Count == 0 ? [] : await Catalog.GetSourceContextsAsync(open, cancellationToken);
        return new TimelineView(key, results, paragraphs, years, facets);
    }

    private static string CountText(TimelineView view)
    {
        var total = view.Results.Total;
        var noun = total == 1 ? "event" : "events";
        if (total <= view.Results.PageSize)
        {
            return string.Create(CultureInfo.CurrentCulture, $"{total:N0} {noun}");
        }

        var first = ((view.Results.Page - 1) * view.Results.PageSize) + 1;
        var last = first + view.Results.Items.Count - 1;
        return string.Create(CultureInfo.CurrentCulture, $"{total:N0} {noun} · showing {first:N0}–{last:N0}");
    }

    internal static string EraYears(EraInfo era) =>
        string.Create(CultureInfo.InvariantCulture, $"{era.StartYear}–{(era.EndYear is { } end ? end.ToString(CultureInfo.InvariantCulture) : "today")}");

    public void Dispose()
    {
        _leaving?.Dispose();
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
