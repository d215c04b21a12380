using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Events;

/// <summary>Groups mentions of the same happening into one event.</summary>
public static class EventMerger
{
    public static IReadOnlyList<TimelineEvent> Merge(IEnumerable<EventMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        return mentions
            .GroupBy(m => (m.Date.Date.Start, m.Date.Date.End, m.Date.Date.Precision, Title: m.Title.ToUpperInvariant()))
            .Select(group =>
            {
                var sources = group.OrderBy(m => m.DocumentFileName, StringComparer.Ordinal).ThenBy(m => m.Sentence.Start).ToList();
                var first = sources[0];
                return new TimelineEvent(
                    EventIds.For(sources),
                    first.Date.Date,
                    first.Title,
                    ReferenceData.EraFor(first.Date.Date.Start.Year).Id,
                    first.Topics,
                    first.Entities,
                    sources,
                    null);
            })
            .ToList();
    }
}
