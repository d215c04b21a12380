using JapanRussia.Core.Dates;

namespace JapanRussia.Core.Data;

/// <summary>The evidence for an event: the sentence span in a passage that states it, and the date as that source gives it.</summary>
public sealed class EventSourceRecord
{
    public int Id { get; set; }

    public required string EventId { get; set; }

    public EventRecord Event { get; set; } = null!;

    public int PassageId { get; set; }

    public PassageRecord Passage { get; set; } = null!;

    /// <summary>Start of the sentence, as an offset into the document text.</summary>
    public int Start { get; set; }

    /// <summary>End (exclusive) of the sentence, as an offset into the document text.</summary>
    public int End { get; set; }

    public required string Excerpt { get; set; }

    /// <summary>Span of the date expression itself, as offsets into the document text.</summary>
    public int DateStart { get; set; }

    public int DateEnd { get; set; }

    /// <summary>The date as this source states it, which may be coarser than the event's merged date.</summary>
    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public DatePrecision Precision { get; set; }

    public DateQualifier Qualifier { get; set; }

    public required string Label { get; set; }

    /// <summary>How this source's date was obtained: stated, dual-dated, converted from Old Style, completed or worked out.</summary>
    public DateProvenanceKind DateProvenance { get; set; }

    /// <summary>The source's own words for a date it did not state in full ("on Sunday", "27 May [O.S. 14 May] 1905").</summary>
    public string? DatePhrase { get; set; }

    /// <summary>What the date was completed, worked out or converted from.</summary>
    public DateAnchorKind DateAnchor { get; set; }

    /// <summary>That anchor's date as a label: the report's date, the date stated before, or the Old Style date.</summary>
    public string? DateAnchorDate { get; set; }

    /// <summary>This source's provenance as a value.</summary>
    public DateProvenance Provenance => new(DateProvenance, DatePhrase, DateAnchor, DateAnchorDate);
}
