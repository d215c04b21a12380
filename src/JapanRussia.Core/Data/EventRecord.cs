using JapanRussia.Core.Dates;

namespace JapanRussia.Core.Data;

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
