namespace JapanRussia.Core.Reference;

/// <summary>
/// What the merger ignores, which words name the same kind of happening, and the acts of a document's life
/// (drafted, signed, ratified…) that are different happenings even on one day (Reference/merge-terms.json).
/// </summary>
public sealed record MergeTerms(
    IReadOnlyList<string> StopWords,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Concepts,
    IReadOnlyList<string> NamedModifiers,
    IReadOnlyList<string> NamedHeads,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Acts,
    IReadOnlyList<string> LifecycleActs);
