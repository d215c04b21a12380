namespace JapanRussia.Core.Reference;

/// <summary>
/// A named happening of Japan–Russia relations (Reference/happenings.json): a treaty, war, battle, summit or incident
/// with the names sources give it, so that mentions that name it are one event whatever their other words.
/// </summary>
/// <param name="Kind">A key of <see cref="NamedHappenings.Kinds"/>: which acts a source can state about it.</param>
/// <param name="Wikidata">The Wikidata item, or empty when none was checked.</param>
/// <param name="Actors">When given, a clause must also name one of these (lower case) for an alias to count.</param>
/// <param name="Title">A headline for the happening's main act; otherwise the kind's act title is used.</param>
public sealed record NamedHappening(
    string Id,
    string Name,
    string Kind,
    DateOnly Start,
    DateOnly End,
    string Wikidata,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string>? Actors,
    IReadOnlyList<HappeningOccasion>? Occasions,
    string? Title,
    IReadOnlyList<string>? Topics);
