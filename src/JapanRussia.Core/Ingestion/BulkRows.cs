using JapanRussia.Core.Dates;
using JapanRussia.Core.Events;

namespace JapanRussia.Core.Ingestion;

/// <summary>
/// The rows an event is stored as, column by column, for every bulk writer: dates as <see cref="DateOnly"/>, enums by
/// name (as EF stores them). The column lists are quoted, which both SQLite and PostgreSQL read.
/// </summary>
internal static class BulkRows
{
    public const string EventColumns =
        "\"Id\", \"StartDate\", \"EndDate\", \"Precision\", \"Qualifier\", \"Label\", \"Title\", \"EraId\", \"Disagreement\", \"Fingerprint\", \"DateProvenance\", \"DateNote\"";

    public const string SourceColumns =
        "\"EventId\", \"PassageId\", \"Start\", \"End\", \"Excerpt\", \"DateStart\", \"DateEnd\", \"StartDate\", \"EndDate\", \"Precision\", \"Qualifier\", \"Label\", " +
        "\"DateProvenance\", \"DatePhrase\", \"DateAnchor\", \"DateAnchorDate\"";

    public const string TopicColumns = "\"EventId\", \"TopicId\", \"Trigger\"";

    public const string EntityColumns = "\"EventId\", \"Kind\", \"Name\"";

    public static object?[] Event(TimelineEvent timelineEvent, string fingerprint)
    {
        var date = timelineEvent.Date;
        var provenance = DateProvenance.Strongest(date, timelineEvent.Sources.Select(s => (s.Date.Date, s.Date.Provenance))) ?? DateProvenance.Stated;
        return [timelineEvent.Id, date.Start, date.End, date.Precision.ToString(), date.Qualifier.ToString(), date.Label,
            timelineEvent.Title, timelineEvent.EraId, timelineEvent.Disagreement, fingerprint, provenance.Kind.ToString(), DateProvenanceText.Note(provenance)];
    }

    public static IEnumerable<object?[]> Sources(TimelineEvent timelineEvent, Func<string, int, int> passageId)
    {
        foreach (var source in timelineEvent.Sources)
        {
            var stated = source.Date.Date;
            var how = source.Date.Provenance;
            yield return [timelineEvent.Id, passageId(source.DocumentFileName, source.PassageOrdinal), source.Sentence.Start, source.Sentence.End,
                source.Excerpt, source.Date.Start, source.Date.End, stated.Start, stated.End, stated.Precision.ToString(),
                stated.Qualifier.ToString(), stated.Label, how.Kind.ToString(), how.Phrase, how.Anchor.ToString(), how.AnchorDate];
        }
    }

    public static IEnumerable<object?[]> Topics(TimelineEvent timelineEvent) =>
        timelineEvent.Topics.DistinctBy(t => t.TopicId, StringComparer.Ordinal).Select(topic => new object?[] { timelineEvent.Id, topic.TopicId, topic.Trigger });

    public static IEnumerable<object?[]> Entities(TimelineEvent timelineEvent) =>
        timelineEvent.Entities.Distinct().Select(entity => new object?[] { timelineEvent.Id, entity.Kind.ToString(), entity.Name });
}
