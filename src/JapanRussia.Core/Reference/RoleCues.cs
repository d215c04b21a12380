namespace JapanRussia.Core.Reference;

/// <summary>The closed-class words the date role classifier reads (Reference/role-cues.json). All lower case.</summary>
public sealed record RoleCues(
    IReadOnlyList<string> Determiners,
    IReadOnlyList<string> Prepositions,
    IReadOnlyList<string> FunctionWords,
    IReadOnlyList<string> DatePhraseNouns,
    IReadOnlyList<string> QualifierWords,
    IReadOnlyList<string> CountingWords,
    IReadOnlyList<string> BeVerbs,
    IReadOnlyList<string> OccasionVerbs,
    IReadOnlyList<string> PastBeVerbs,
    IReadOnlyList<string> FutureModals,
    IReadOnlyList<string> QuantityVerbs,
    IReadOnlyList<string> AmountHedges,
    IReadOnlyList<string> ContinuingWords,
    IReadOnlyList<string> OtherTimeWords,
    IReadOnlyList<string> RelativePronouns);
