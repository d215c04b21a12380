namespace JapanRussia.Core.Scoring;

/// <summary>
/// The figures of one run of the engine against an annotation: the measures issue 11 names and every case behind
/// them, so that each miss and each extra can be read.
/// </summary>
public sealed record ScoreReport(
    Fraction StrictRecall,
    Fraction CitationPrecision,
    Fraction PairsMerged,
    Fraction OverMerges,
    Fraction UnreadableTitles,
    Fraction TerritoryRecall,
    int Events,
    IReadOnlyList<AnnotatedHappening> Misses,
    IReadOnlyList<ProducedMention> Extras,
    IReadOnlyList<AnnotatedPair> UnmergedPairs,
    IReadOnlyList<OverMergedEvent> OverMerged,
    IReadOnlyList<UnreadableTitle> Unreadable);
