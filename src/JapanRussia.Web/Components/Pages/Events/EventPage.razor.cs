using JapanRussia.Core.Dates;
using JapanRussia.Core.Export;
using JapanRussia.Core.Queries;
using JapanRussia.Core.Reference;
using JapanRussia.Web.Components.Common;
using JapanRussia.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace JapanRussia.Web.Components.Pages.Events;

public sealed partial class EventPage
{
    private EventDetail? _detail;
    private EraInfo? _era;

    [Inject]
    private TimelineReader Reader { get; set; } = null!;

    [Inject]
    private RequestDataVersion Versions { get; set; } = null!;

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Parameter]
    public string Id { get; set; } = "";

    private string Permalink => Navigation.ToAbsoluteUri(Links.Event(Id)).ToString();

    protected override async Task OnParametersSetAsync()
    {
        var version = await Versions.ForComponentAsync(HttpContext);
        _detail = await Reader.GetEventAsync(Id, version, HttpContext?.RequestAborted ?? CancellationToken.None);
        if (_detail is null)
        {
            Navigation.NotFound();
            return;
        }

        // Era and topic names are reference data: the page needs no facet counts (counting them read every event).
        _era = ReferenceData.Eras.Where(e => e.Id == _detail.Event.Era).Select(e => new EraInfo(e.Id, e.Name, e.Start, e.End, e.Color)).FirstOrDefault();
    }

    private static string TopicName(string id) => ReferenceData.Topics.FirstOrDefault(t => t.Id == id)?.Name ?? id;

    private static string Years(EraInfo era) => Timeline.TimelinePage.EraYears(era);

    private static DateProvenanceKind ProvenanceOf(EventDocument item) => DateProvenanceText.KindOf(item.DateProvenance);

    /// <summary>How one source's date was obtained, as a sentence: "Stated in full by the source", "Worked out from “on Sunday” and …".</summary>
    internal static string HowObtained(SourceDocumentReference source) =>
        source.DateNote is { Length: > 0 } note ? string.Concat(note[..1].ToUpperInvariant(), note.AsSpan(1)) : "Stated in full by the source";

    /// <summary>Titles are sentences from the sources; a neighbour link or a tab title needs only the start.</summary>
    internal static string Short(string text, int length = 90) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, text.LastIndexOf(' ', length) is > 40 and var cut ? cut : length), "…");
}
