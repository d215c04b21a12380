namespace JapanRussia.Core.Dates;

/// <summary>
/// A resolved date and what it was obtained from. A date that leans on an earlier mention in the text has that
/// mention's end offset in <see cref="AnchorEnd"/> (-1 otherwise); where the mention lies (the same sentence, the
/// sentence before…) is told from the text by <see cref="ProvenanceReader"/>.
/// </summary>
internal sealed record ResolvedDate(HistoricalDate Date, DateProvenanceKind Kind, DateAnchorKind Anchor = DateAnchorKind.None, string? AnchorDate = null, int AnchorEnd = -1)
{
    public static ResolvedDate Stated(HistoricalDate date) => new(date, DateProvenanceKind.Stated);

    /// <summary>A date completed or worked out from an earlier mention, labelled <paramref name="anchorDate"/>, ending at <paramref name="anchorEnd"/>.</summary>
    public static ResolvedDate LeaningOn(HistoricalDate date, DateProvenanceKind kind, string anchorDate, int anchorEnd) =>
        new(date, kind, DateAnchorKind.None, anchorDate, anchorEnd);
}
