namespace JapanRussia.Core.Dates;

/// <summary>
/// A resolved date and what it was obtained from: <see cref="AnchorEnd"/> is the end offset of the earlier mention it
/// leans on (-1 when it leans on none, or on the publication date or a known event).
/// </summary>
internal sealed record ResolvedDate(HistoricalDate Date, DateProvenanceKind Kind, DateAnchorKind Anchor = DateAnchorKind.None, string? AnchorDate = null, int AnchorEnd = -1)
{
    public static ResolvedDate Stated(HistoricalDate date) => new(date, DateProvenanceKind.Stated);
}
