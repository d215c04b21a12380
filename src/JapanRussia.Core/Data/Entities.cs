using JapanRussia.Core.Dates;
using JapanRussia.Core.Documents;
using JapanRussia.Core.Events;

namespace JapanRussia.Core.Data;

/// <summary>A stored document: what was read, when, and the hash that tells whether it changed since.</summary>
public sealed class DocumentRecord
{
    public int Id { get; set; }

    public required string FileName { get; set; }

    public required string Title { get; set; }

    public string? SourceUrl { get; set; }

    /// <summary>Who published it ("AP News"), from front matter, the page's furniture or its address; null when nothing says.</summary>
    public string? Publisher { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public required string Text { get; set; }

    public required string ContentHash { get; set; }

    public DateTimeOffset IngestedAt { get; set; }

    public List<PassageRecord> Passages { get; } = [];
}

/// <summary>A block of a document with its exact span in <see cref="DocumentRecord.Text"/>.</summary>
public sealed class PassageRecord
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public DocumentRecord Document { get; set; } = null!;

    public int Ordinal { get; set; }

    public PassageKind Kind { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public required string Text { get; set; }

    public List<EventSourceRecord> EventSources { get; } = [];
}

/// <summary>One dated happening on the timeline, with every source that states it.</summary>
public sealed class EventRecord
{
    /// <summary>Stable across re-ingestion of unchanged documents (derived from the sources' content, not from row ids).</summary>
    public required string Id { get; set; }

    /// <summary>First day of the span the date covers; with <see cref="EndDate"/> used for ordering and range filters.</summary>
    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public DatePrecision Precision { get; set; }

    public DateQualifier Qualifier { get; set; }

    public required string Label { get; set; }

    public required string Title { get; set; }

    public required string EraId { get; set; }

    public Era Era { get; set; } = null!;

    /// <summary>Set when sources give this happening different dates; says which sources say what.</summary>
    public string? Disagreement { get; set; }

    /// <summary>How the event's date was obtained: the strongest among the sources that give that date (stated beats derived).</summary>
    public DateProvenanceKind DateProvenance { get; set; }

    /// <summary>How a derived date was obtained, in words ("worked out from “on Sunday” and the report's date, 21 March 2022"); null when stated.</summary>
    public string? DateNote { get; set; }

    /// <summary>A hash of everything stored for this event; ingestion rewrites an event only when it changes.</summary>
    public required string Fingerprint { get; set; }

    public List<EventSourceRecord> Sources { get; } = [];

    public List<EventTopic> Topics { get; } = [];

    public List<EventEntity> Entities { get; } = [];

    public HistoricalDate Date => new(StartDate, EndDate, Precision, Qualifier, Label);
}

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

/// <summary>A period of the relationship; reference data loaded from Reference/eras.json.</summary>
public sealed class Era
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public int StartYear { get; set; }

    public int? EndYear { get; set; }

    public required string Color { get; set; }

    public int SortOrder { get; set; }
}

/// <summary>A subject an event can be about; reference data loaded from Reference/topics.json.</summary>
public sealed class Topic
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public int SortOrder { get; set; }
}

/// <summary>An event's topic and the words in its sources that triggered it.</summary>
public sealed class EventTopic
{
    public required string EventId { get; set; }

    public required string TopicId { get; set; }

    public Topic Topic { get; set; } = null!;

    public required string Trigger { get; set; }
}

/// <summary>A person or place an event names, spelling variants folded to one name ("Kunashiri" is "Kunashir").</summary>
public sealed class EventEntity
{
    public required string EventId { get; set; }

    public EntityKind Kind { get; set; }

    public required string Name { get; set; }
}

/// <summary>Bookkeeping: a counter bumped by each ingestion that changes anything (ETags hang off it).</summary>
public sealed class IngestionState
{
    public int Id { get; set; }

    public long Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Identifies the extraction code and reference data that produced the stored events; a change re-extracts everything.</summary>
    public string? ExtractionSignature { get; set; }
}
