using System.Globalization;
using JapanRussia.Core.Queries;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace JapanRussia.Web.Components.Pages.Timeline;

public sealed partial class OverviewStrip : IAsyncDisposable
{
    public const int FirstYear = 1850;
    private const double Width = 1000;
    private const double Height = 64;

    private ElementReference _strip;
    private IJSObjectReference? _module;
    private DotNetObjectReference<OverviewStrip>? _self;

    [Inject]
    private IJSRuntime JS { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Parameter, EditorRequired]
    public IReadOnlyList<YearCount> Years { get; set; } = [];

    [Parameter, EditorRequired]
    public IReadOnlyList<EraInfo> Eras { get; set; } = [];

    [Parameter, EditorRequired]
    public TimelineQuery Query { get; set; } = TimelineQuery.Cleared;

    public static int LastYear => DateTime.Today.Year;

    private static int YearCountSpan => LastYear - FirstYear + 1;

    private static IEnumerable<int> Ticks => Enumerable.Range(0, ((LastYear - FirstYear) / 25) + 1).Select(i => FirstYear + (i * 25));

    private IEnumerable<(double X, double Width, double Height, string Color)> Bars
    {
        get
        {
            var max = Math.Max(1, Years.Where(y => y.Year is >= FirstYear).Select(y => y.Count).DefaultIfEmpty(0).Max());
            foreach (var year in Years.Where(y => y.Year >= FirstYear && y.Year <= LastYear && y.Count > 0))
            {
                var (x, w) = Span(year.Year, year.Year);

                // Square-root scale: one busy year must not flatten every other year to nothing.
                var height = Math.Max(3, (Height - 4) * Math.Sqrt(year.Count) / Math.Sqrt(max));
                yield return (x + (w * 0.1), w * 0.8, height, EraColor(year.Year));
            }
        }
    }

    /// <summary>
    /// The bars as one path per era colour: a filter change redraws the whole histogram, and a handful of path
    /// attributes is far less to diff and send than a rectangle per year.
    /// </summary>
    private IEnumerable<(string Color, string Path)> BarPaths =>
        Bars.GroupBy(b => b.Color, StringComparer.Ordinal).Select(g => (g.Key, string.Concat(g.Select(b =>
            $"M{F(b.X)} {F(Height - b.Height)}h{F(b.Width)}v{F(b.Height)}h-{F(b.Width)}z"))));

    private (double X, double Width)? Selection =>
        Query.From is null && Query.To is null ? null : Span(Query.From ?? FirstYear, Query.To ?? LastYear);

    private static (double X, double Width) Span(int first, int last)
    {
        first = Math.Clamp(first, FirstYear, LastYear);
        last = Math.Clamp(last, first, LastYear);
        var unit = Width / YearCountSpan;
        return ((first - FirstYear) * unit, (last - first + 1) * unit);
    }

    private string EraColor(int year) =>
        Eras.FirstOrDefault(e => year >= e.StartYear && (e.EndYear is null || year <= e.EndYear))?.Color ?? "#4a5568";

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _self = DotNetObjectReference.Create(this);
        _module = await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Pages/Timeline/OverviewStrip.razor.js");
        await _module.InvokeVoidAsync("attach", _strip, _self, FirstYear, LastYear);
    }

    /// <summary>Called by the strip's script when a span is dragged.</summary>
    [JSInvokable]
    public void SelectYears(int from, int to)
    {
        (from, to) = (Math.Clamp(Math.Min(from, to), FirstYear, LastYear), Math.Clamp(Math.Max(from, to), FirstYear, LastYear));
        Navigation.NavigateTo(Query.WithYears(from, to).ToUrl());
    }

    /// <summary>Called by the strip's script on a click: the era of that year becomes the filter.</summary>
    [JSInvokable]
    public void SelectYear(int year)
    {
        var era = Eras.FirstOrDefault(e => year >= e.StartYear && (e.EndYear is null || year <= e.EndYear));
        if (era is not null)
        {
            Navigation.NavigateTo(Query.OnlyEra(era.Id).ToUrl());
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is not null)
        {
            try
            {
                await _module.InvokeVoidAsync("detach", _strip);
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone; so is the page the script was attached to.
            }
        }

        _self?.Dispose();
    }
}
