namespace JapanRussia.Core.Reference;

/// <summary>A person or place of the gazetteer (Reference/gazetteer.json) and the spellings that name it.</summary>
/// <param name="Ambiguous">Spellings shared with another entry, accepted only for events dated within <paramref name="Years"/>.</param>
public sealed record GazetteerEntry(string Name, string Kind, IReadOnlyList<string> Variants, IReadOnlyList<string>? Ambiguous, IReadOnlyList<int>? Years);
