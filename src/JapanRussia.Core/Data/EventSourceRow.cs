using JapanRussia.Core.Dates;

namespace JapanRussia.Core.Data;

/// <summary>One source of an <see cref="EventRow"/>: where in which document, the sentence, and its own date.</summary>
public sealed record EventSourceRow(string DocumentFileName, string DocumentTitle, int PassageOrdinal, int Start, int End, string Excerpt)
{
    /// <summary>The date as this source gives it, which may be coarser than the event's; null when not read.</summary>
    public HistoricalDate? Date { get; init; }

    /// <summary>How this source's date was obtained.</summary>
    public DateProvenance Provenance { get; init; } = DateProvenance.Stated;
}
