namespace JapanRussia.Core.Reference;

/// <summary>The word tables the score's headline check reads (Reference/title-words.json).</summary>
public sealed record TitleWords(
    IReadOnlyList<string> Pronouns,
    IReadOnlyList<string> Demonstratives,
    IReadOnlyList<string> PointingBack,
    IReadOnlyList<string> CutEndings,
    IReadOnlyList<string> ImpossibleEndings);
