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
    /// <summary>How the event's date was obtained (the strongest of its sources that give it).</summary>
    public DateProvenanceKind DateProvenance { get; init; }

    /// <summary>That provenance in words; null for a stated date.</summary>
    public string? DateNote { get; init; }

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
            record.Sources.Select(s => new EventSourceRow(s.Passage.Document.FileName, s.Passage.Document.Title, s.Passage.Ordinal, s.Start, s.End, s.Excerpt)
            {
                Date = new HistoricalDate(s.StartDate, s.EndDate, s.Precision, s.Qualifier, s.Label),
                Provenance = s.Provenance,
                DocumentPublisher = s.Passage.Document.Publisher,
                DocumentPublishedOn = s.Passage.Document.PublishedOn,
            }).ToList(),
            record.Topics.Select(t => t.TopicId).ToList(),
            record.Entities.Select(e => new EventEntityRow(e.Kind, e.Name)).ToList())
        {
            DateProvenance = record.DateProvenance,
            DateNote = record.DateNote,
        };
    }
}

/// <summary>One source of an <see cref="EventRow"/>: where in which document, the sentence, and its own date.</summary>
public sealed record EventSourceRow(string DocumentFileName, string DocumentTitle, int PassageOrdinal, int Start, int End, string Excerpt)
{
    /// <summary>The date as this source gives it, which may be coarser than the event's; null when not read.</summary>
    public HistoricalDate? Date { get; init; }

    /// <summary>How this source's date was obtained.</summary>
    public DateProvenance Provenance { get; init; } = DateProvenance.Stated;

    /// <summary>Who published the source document, when something says.</summary>
    public string? DocumentPublisher { get; init; }

    /// <summary>When the source document was published, when something says.</summary>
    public DateOnly? DocumentPublishedOn { get; init; }
}

/// <summary>A person or place an <see cref="EventRow"/> names.</summary>
public sealed record EventEntityRow(EntityKind Kind, string Name);
