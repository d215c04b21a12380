namespace JapanRussia.Core.Dates;

/// <summary>
/// How a date was obtained: its <see cref="Kind"/>, the source's own words for it (<see cref="Phrase"/>: "on Sunday",
/// "in May", "27 May [O.S. 14 May] 1905"), and what it was obtained from (<see cref="Anchor"/> and that anchor's date,
/// <see cref="AnchorDate"/>: the report's date "21 March 2022", the year stated before "1904", the Old Style "14 May 1905").
/// </summary>
public sealed record DateProvenance(DateProvenanceKind Kind, string? Phrase = null, DateAnchorKind Anchor = DateAnchorKind.None, string? AnchorDate = null)
{
    /// <summary>The provenance of a date the source writes in full.</summary>
    public static DateProvenance Stated { get; } = new(DateProvenanceKind.Stated);

    /// <summary>True when the date is more than the source wrote: completed, worked out or converted.</summary>
    public bool IsDerived => Kind is not (DateProvenanceKind.Stated or DateProvenanceKind.DualDated);

    /// <summary>
    /// The provenance an event's date carries: the strongest of the sources whose own date is the event's date, or of
    /// all sources when none is (stated beats derived). Null when there are no sources.
    /// </summary>
    public static DateProvenance? Strongest(HistoricalDate eventDate, IEnumerable<(HistoricalDate Date, DateProvenance Provenance)> sources)
    {
        ArgumentNullException.ThrowIfNull(eventDate);
        ArgumentNullException.ThrowIfNull(sources);
        var all = sources.ToList();
        var same = all.Where(s => s.Date.Start == eventDate.Start && s.Date.End == eventDate.End && s.Date.Precision == eventDate.Precision).ToList();
        return (same.Count > 0 ? same : all).Select(s => s.Provenance).OrderBy(p => p.Kind).FirstOrDefault();
    }
}
