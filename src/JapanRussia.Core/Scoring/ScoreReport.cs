namespace JapanRussia.Core.Scoring;

/// <summary>Two annotated statements of one happening, in different documents, that should end in one event.</summary>
public sealed record AnnotatedPair(AnnotatedHappening First, AnnotatedHappening Second);

/// <summary>An event whose sentences state happenings of different annotated groups.</summary>
public sealed record OverMergedEvent(ProducedEvent Event, IReadOnlyList<string> Groups);

/// <summary>An event whose title a reader cannot understand alone, and why.</summary>
public sealed record UnreadableTitle(ProducedEvent Event, string Reason);

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
