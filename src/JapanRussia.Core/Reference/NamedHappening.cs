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

/// <summary>
/// A way to state a happening without naming it: any of <see cref="People"/> (gazetteer names), any of
/// <see cref="Places"/> (words) and a word of one of <see cref="Concepts"/> (merge-terms.json concepts), all within its days.
/// </summary>
public sealed record HappeningOccasion(IReadOnlyList<string>? People, IReadOnlyList<string>? Places, IReadOnlyList<string> Concepts);

/// <summary>An act a source can state about a kind of happening, the part of the happening's days it falls in, and its headline.</summary>
/// <param name="At">"start", "end", "span" (the whole happening), "before" (up to its start) or "after" (from its start).</param>
public sealed record HappeningAct(string At, string Title);

/// <summary>The acts of one kind of happening; <see cref="DefaultAct"/> is the one a clause states when it names no act.</summary>
public sealed record HappeningKind(string DefaultAct, IReadOnlyDictionary<string, HappeningAct> Acts);

/// <summary>The whole of Reference/happenings.json.</summary>
public sealed record NamedHappenings(IReadOnlyDictionary<string, HappeningKind> Kinds, IReadOnlyList<NamedHappening> Happenings);
