using System.Globalization;
using JapanRussia.Core.Queries;
using JapanRussia.Web.Components.Common;
using JapanRussia.Web.Hosting;
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
    private TimelineReader Reader { get; set; } = null!;

    [Inject]
    private RequestDataVersion Versions { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    private TimelineView? View { get; set; }

    private TimelineAddress Address { get; set; } = TimelineAddress.Cleared;

    private IReadOnlyList<string> Terms { get; set; } = [];

    private string Title => Address.HasFilters ? "Filtered timeline · Japan–Russia Timeline" : "Japan–Russia Timeline";

    protected override async Task OnParametersSetAsync()
    {
        Address = TimelineAddress.FromUrl(Navigation.Uri);
        Terms = SearchTerms.Parse(Address.Filter.Text);
        View = await LoadAsync(Address, Terms, HttpContext?.RequestAborted ?? CancellationToken.None);
    }

    private async Task<TimelineView> LoadAsync(TimelineAddress address, IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        var version = await Versions.ForComponentAsync(HttpContext);
        var (facets, years) = await Reader.FacetsAndYearsAsync(address.WithoutYears().Filter, version, cancellationToken);
        var results = await Reader.TimelinePageAsync(address.Filter, address.Page, TimelineAddress.PageSize, version, cancellationToken);

        // Cards open from the start (a search with few sources per event) hold their paragraphs; the others fetch them when opened.
        var open = results.Items.Where(e => EventCard.OpensByDefault(e, terms)).Select(e => e.Id).ToList();
        var paragraphs = open.Count == 0 ? [] : await Reader.SourceContextsAsync(open, cancellationToken);
        return new TimelineView(results, paragraphs, years, facets);
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
}
