using JapanRussia.Core.Queries;

namespace JapanRussia.Web.Components.Pages.Timeline;

/// <summary>Everything the timeline page shows for one URL.</summary>
public sealed record TimelineView(
    ResultPage<TimelineEntry> Results,
    IReadOnlyList<SourceContext> Paragraphs,
    IReadOnlyList<YearCount> Years,
    TimelineFacets Facets)
{
    /// <summary>The sources of an event in their paragraphs, where they were loaded with the page (cards open from the start); otherwise null.</summary>
    public IReadOnlyList<SourceContext>? ParagraphsOf(string eventId)
    {
        var paragraphs = Paragraphs.Where(s => s.EventId == eventId).ToList();
        return paragraphs.Count == 0 ? null : paragraphs;
    }

    public EraInfo? Era(string id) => Facets.Eras.FirstOrDefault(e => e.Id == id);

    public string TopicName(string id) => Facets.Topics.FirstOrDefault(t => t.Value == id)?.Name ?? id;
}
