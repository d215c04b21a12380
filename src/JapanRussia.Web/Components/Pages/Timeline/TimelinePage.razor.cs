using System.Globalization;
using JapanRussia.Core.Queries;
using JapanRussia.Web.Components.Common;
using JapanRussia.Web.Components.Pages.Timeline.Axis;
using Microsoft.AspNetCore.Components;

namespace JapanRussia.Web.Components.Pages.Timeline;

/// <summary>
/// The timeline, rendered on the server for each URL: the list is plain HTML that holds no circuit, so a reader costs
/// the server nothing between clicks. With JavaScript, a filter change is an enhanced navigation (a fetch of this page
/// and a patch of the document); only the overview strip's year brush is interactive.
/// </summary>
public sealed partial class TimelinePage
{
    [Inject]
    private TimelinePageQueries Pages { get; set; } = null!;

    [Inject]
    private TimelineCatalog Catalog { get; set; } = null!;

    [Inject]
    private TimelineAxisQueries AxisQueries { get; set; } = null!;

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

    [SupplyParameterFromQuery(Name = "view")]
    public string? ViewValue { get; set; }

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    private TimelineView? View { get; set; }

    /// <summary>The time axis, in the axis view (<c>view=axis</c>); null in the list.</summary>
    private AxisPlan? Axis { get; set; }

    private TimelineQuery Query { get; set; } = TimelineQuery.Cleared;

    private IReadOnlyList<string> Terms { get; set; } = [];

    private string Title => Query.HasFilters ? "Filtered timeline · Japan–Russia Timeline" : "Japan–Russia Timeline";

    protected override async Task OnParametersSetAsync()
    {
        Query = TimelineQuery.Parse(EraValues, TopicValues, SourceValue, PersonValue, PlaceValue, FromValue, ToValue, TextValue, PageValue)
            with { View = TimelineViewModes.Parse(ViewValue) };
        Terms = SearchTerms.Parse(Query.Text);
        var cancellationToken = HttpContext?.RequestAborted ?? CancellationToken.None;
        if (Query.View == TimelineViewMode.Axis)
        {
            (View, Axis) = await LoadAxisAsync(Query, cancellationToken);
            return;
        }

        Axis = null;
        View = await LoadAsync(Query, Terms, cancellationToken);
    }

    private async Task<TimelineView> LoadAsync(TimelineQuery query, IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        var (facets, years) = await Pages.GetFacetsAndYearsAsync(query.WithoutYears().ToFilter(), cancellationToken);
        var results = await Pages.PageAsync(query.ToFilter(), query.Page, TimelineQuery.PageSize, cancellationToken);

        // Cards open from the start (a search with few sources per event) hold their paragraphs; the others fetch them when opened.
        var open = results.Items.Where(e => EventCard.OpensByDefault(e, terms)).Select(e => e.Id).ToList();
        var paragraphs = open.Count == 0 ? [] : await Catalog.GetSourceContextsAsync(open, cancellationToken);
        return new TimelineView(results, paragraphs, years, facets);
    }

    /// <summary>The axis view: no page of cards, but every matching event over all years, from which each window is laid out.</summary>
    private async Task<(TimelineView View, AxisPlan Axis)> LoadAxisAsync(TimelineQuery query, CancellationToken cancellationToken)
    {
        var (facets, years) = await Pages.GetFacetsAndYearsAsync(query.WithoutYears().ToFilter(), cancellationToken);
        var events = await AxisQueries.AllYearsAsync(query.ToFilter(), cancellationToken);
        var axis = AxisLayout.Plan(events, AxisWindow.Of(query));
        return (new TimelineView(new ResultPage<TimelineEntry>(axis.Count, 1, TimelineQuery.PageSize, []), [], years, facets), axis);
    }

    private static string EventCount(int total) =>
        string.Create(CultureInfo.CurrentCulture, $"{total:N0} {(total == 1 ? "event" : "events")}");

    private static string CountText(TimelineView view)
    {
        var total = view.Results.Total;
        var noun = total == 1 ? "event" : "events";
        if (total <= view.Results.PageSize)
        {
            return EventCount(total);
        }

        var first = ((view.Results.Page - 1) * view.Results.PageSize) + 1;
        var last = first + view.Results.Items.Count - 1;
        return string.Create(CultureInfo.CurrentCulture, $"{total:N0} {noun} · showing {first:N0}–{last:N0}");
    }

    internal static string EraYears(EraInfo era) =>
        string.Create(CultureInfo.InvariantCulture, $"{era.StartYear}–{(era.EndYear is { } end ? end.ToString(CultureInfo.InvariantCulture) : "today")}");
}
