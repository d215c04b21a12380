using JapanRussia.Core.Dates;
using JapanRussia.Core.Events;

namespace JapanRussia.Core.Data;

/// <summary>
/// An event with exactly what its public shape needs, read by <see cref="EventQueries.SelectRows"/>: a source brings its
/// document's file name and title, never the document's text.
/// </summary>
public sealed record EventRow(
    string Id,
    DateOnly StartDate,
    DateOnly EndDate,
    DatePrecision Precision,
    DateQualifier Qualifier,
    string Label,
    string Title,
    string EraId,
    string? Disagreement,
    IReadOnlyList<EventSourceRow> Sources,
    IReadOnlyList<string> Topics,
    IReadOnlyList<EventEntityRow> Entities)
{
    /// <summary>The row of a stored event whose sources (each with passage and document), topics and entities are loaded.</summary>
    public static EventRow Of(EventRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new EventRow(
            record.Id,
            record.StartDate,
            record.EndDate,
            record.Precision,
            record.Qualifier,
            record.Label,
            record.Title,
            record.EraId,
            record.Disagreement,
            record.Sources.Select(s => new EventSourceRow(s.Passage.Document.FileName, s.Passage.Document.Title, s.Passage.Ordinal, s.Start, s.End, s.Excerpt)).ToList(),
            record.Topics.Select(t => t.TopicId).ToList(),
            record.Entities.Select(e => new EventEntityRow(e.Kind, e.Name)).ToList());
    }
}

/// <summary>One source of an <see cref="EventRow"/>: where in which document, and the sentence.</summary>
public sealed record EventSourceRow(string DocumentFileName, string DocumentTitle, int PassageOrdinal, int Start, int End, string Excerpt);

/// <summary>A person or place an <see cref="EventRow"/> names.</summary>
public sealed record EventEntityRow(EntityKind Kind, string Name);
