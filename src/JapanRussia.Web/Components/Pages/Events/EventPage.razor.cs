using JapanRussia.Core.Dates;
using JapanRussia.Core.Export;
using JapanRussia.Core.Queries;
using JapanRussia.Core.Reference;
using JapanRussia.Web.Components.Common;
using JapanRussia.Web.Hosting;
using Microsoft.AspNetCore.Components;

namespace JapanRussia.Web.Components.Pages.Events;

public sealed partial class EventPage(TimelineReader reader, RequestDataVersion versions, NavigationManager navigation)
{
    private EventDetail? _detail;
    private EraInfo? _era;

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [Parameter]
    public string Id { get; set; } = "";

    private string Permalink => navigation.ToAbsoluteUri(Links.Event(Id)).ToString();

    protected override async Task OnParametersSetAsync()
    {
        var version = await versions.ForComponentAsync(HttpContext);
        _detail = await reader.GetEventAsync(Id, version, HttpContext?.RequestAborted ?? CancellationToken.None);
        if (_detail is null)
        {
            navigation.NotFound();
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

    /// <summary>A shared link's summary: the date, the era and the sources that state it.</summary>
    internal static string Description(EventDocument item, EraInfo? era)
    {
        var sources = item.Sources.Select(s => s.DocumentTitle).Distinct(StringComparer.Ordinal).ToList();
        var from = sources.Count == 1 ? $"From “{Short(sources[0], 70)}”" : $"From {sources.Count} sources";
        return $"{item.Label}{(era is null ? "" : $", {era.Name}")}. {Short(item.Title, 160)} {from}, linked to the sentence that states it.";
    }

    /// <summary>Titles are sentences from the sources; a neighbour link or a tab title needs only the start.</summary>
    internal static string Short(string text, int length = 90) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, text.LastIndexOf(' ', length) is > 40 and var cut ? cut : length), "…");
}
