using System.Globalization;
using JapanRussia.Core.Queries;
using JapanRussia.Web.Components.Common;
using JapanRussia.Web.Components.Pages.Timeline.Axis;
using JapanRussia.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace JapanRussia.Web.Components.Pages.Timeline;

/// <summary>
/// The timeline, rendered on the server for each URL: the list is plain HTML that holds no circuit, so a reader costs
/// the server nothing between clicks. With JavaScript, a filter change is an enhanced navigation (a fetch of this page
/// and a patch of the document); only the overview strip's year brush is interactive.
/// </summary>
public sealed partial class TimelinePage(TimelineReader reader, RequestDataVersion versions, NavigationManager navigation, TimelineAxisQueries axisQueries)
{
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    private TimelineView? View { get; set; }

    /// <summary>The time axis, in the axis view (<c>view=axis</c>); null in the list.</summary>
    private AxisPlan? Axis { get; set; }

    private TimelineAddress Address { get; set; } = TimelineAddress.Cleared;

    private IReadOnlyList<string> Terms { get; set; } = [];

    private string Title => Address.HasFilters ? "Filtered timeline" : PageMeta.SiteName;

    /// <summary>What a shared link to this view shows: the filters in force and how many events they give.</summary>
    private string Description
    {
        get
        {
            const string about = "Every dated event between Japan and Russia since 1855, each linked to the sentence of the source that states it.";
            if (View is not { } view || !Address.HasFilters)
            {
                return about;
            }

            var filters = string.Join("; ", ActiveFilter.Of(Address, view.Facets).Select(f => $"{f.Kind}: {f.Value}"));
            return string.Create(CultureInfo.InvariantCulture, $"{view.Results.Total:N0} {(view.Results.Total == 1 ? "event" : "events")} for {filters}. {about}");
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        Address = TimelineAddress.FromUrl(navigation.Uri);
        Terms = SearchTerms.Parse(Address.Filter.Text);
        var cancellationToken = HttpContext?.RequestAborted ?? CancellationToken.None;
        if (Address.View == TimelineViewMode.Axis)
        {
            (View, Axis) = await LoadAxisAsync(Address, cancellationToken);
            return;
        }

        Axis = null;
        View = await LoadAsync(Address, Terms, cancellationToken);
    }

    private async Task<TimelineView> LoadAsync(TimelineAddress address, IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        var version = await versions.ForComponentAsync(HttpContext);
        var (facets, years) = await reader.FacetsAndYearsAsync(address.WithoutYears().Filter, version, cancellationToken);
        var results = await reader.TimelinePageAsync(address.Filter, address.Page, TimelineAddress.PageSize, version, cancellationToken);

        // Cards open from the start (a search with few sources per event) hold their paragraphs; the others fetch them when opened.
        var open = results.Items.Where(e => EventCard.OpensByDefault(e, terms)).Select(e => e.Id).ToList();
        var paragraphs = open.Count == 0 ? [] : await reader.SourceContextsAsync(open, cancellationToken);
        return new TimelineView(results, paragraphs, years, facets);
    }

    /// <summary>The axis view: no page of cards, but every matching event over all years, from which each window is laid out.</summary>
    private async Task<(TimelineView View, AxisPlan Axis)> LoadAxisAsync(TimelineAddress address, CancellationToken cancellationToken)
    {
        var version = await versions.ForComponentAsync(HttpContext);
        var (facets, years) = await reader.FacetsAndYearsAsync(address.WithoutYears().Filter, version, cancellationToken);
        var events = await axisQueries.AllYearsAsync(address.Filter, version, cancellationToken);
        var axis = AxisLayout.Plan(events, AxisWindow.Of(address));
        return (new TimelineView(new ResultPage<TimelineEntry>(axis.Count, 1, TimelineAddress.PageSize, []), [], years, facets), axis);
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
