using JapanRussia.Core.Dates;
using JapanRussia.Core.Events;

namespace JapanRussia.Core.Data;

/// <summary>
/// An event with exactly what its public shape needs, read by the timeline reader (see <c>Queries/EventRows</c>): a source brings its
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
}
