using System.Globalization;
using JapanRussia.Core.Queries;
using JapanRussia.Web.Components.Common;
using Microsoft.AspNetCore.Components;

namespace JapanRussia.Web.Components.Pages.Timeline;

public sealed partial class TimelinePage : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private int _loads;
    private bool _loading;

    [Inject]
    private EventSearch Search { get; set; } = null!;

    [Inject]
    private TimelineCatalog Catalog { get; set; } = null!;

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

    /// <summary>Carried from prerendering into the circuit, so the first interactive render reuses the data.</summary>
    [PersistentState]
    public TimelineView? View { get; set; }

    private TimelineQuery Query { get; set; } = TimelineQuery.Cleared;

    private IReadOnlyList<string> Terms => SearchTerms.Parse(Query.Text);

    private string Title => Query.HasFilters ? "Filtered timeline · Japan–Russia Timeline" : "Japan–Russia Timeline";

    protected override async Task OnParametersSetAsync()
    {
        Query = TimelineQuery.Parse(EraValues, TopicValues, SourceValue, PersonValue, PlaceValue, FromValue, ToValue, TextValue, PageValue);
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
            var view = await LoadAsync(Query, View?.Facets, _disposed.Token);
            if (load == _loads)
            {
                View = view;
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

    /// <summary>While new results load, re-rendering the old ones would only cost time; the list changes once, when they arrive.</summary>
    protected override bool ShouldRender() => !_loading || View is null;

    private async Task<TimelineView> LoadAsync(TimelineQuery query, TimelineFacets? facets, CancellationToken cancellationToken)
    {
        var filter = query.ToFilter();
        var facetsTask = facets is null ? Catalog.GetFacetsAsync(cancellationToken) : Task.FromResult(facets);
        var yearsTask = Search.CountByYearAsync(query.WithoutYears().ToFilter(), cancellationToken);
        var results = await Search.SearchAsync(filter, query.Page, TimelineQuery.PageSize, EventSort.Chronological, cancellationToken);
        if (results.Items.Count == 0 && results.Total > 0 && query.Page > 1)
        {
            // Past the last page (an old link after the data shrank): show the last page rather than nothing.
            var last = (results.Total + TimelineQuery.PageSize - 1) / TimelineQuery.PageSize;
            results = await Search.SearchAsync(filter, last, TimelineQuery.PageSize, EventSort.Chronological, cancellationToken);
        }

        var sources = await Catalog.GetSourceContextsAsync(results.Items.Select(e => e.Id).ToList(), cancellationToken);

        // The cards show each source in its paragraph (the contexts); the events' own excerpts would only double the
        // state handed from prerendering to the circuit.
        results = results with { Items = results.Items.Select(e => e with { Sources = [] }).ToList() };
        return new TimelineView(query.ToUrl(), results, sources, await yearsTask, await facetsTask);
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
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
