namespace JapanRussia.Core.Reference;

/// <summary>Families of words that a search folds together (Reference/search-words.json): "halt" also finds "abandoning".</summary>
public sealed record SearchWords(IReadOnlyList<IReadOnlyList<string>> Families);
