namespace JapanRussia.Core.Reference;

/// <summary>The whole of Reference/happenings.json.</summary>
/// <param name="Parties">
/// The words that name each side of the relations (lower case): a clause dated only to a year that names a kind's head
/// noun ("sign treaty") is that year's one happening of the kind only if it names both sides.
/// </param>
public sealed record NamedHappenings(IReadOnlyDictionary<string, HappeningKind> Kinds, IReadOnlyList<NamedHappening> Happenings, IReadOnlyList<IReadOnlyList<string>>? Parties = null);
