namespace JapanRussia.Core.Reference;

/// <summary>The acts of one kind of happening; <see cref="DefaultAct"/> is the one a clause states when it names no act.</summary>
/// <param name="Heads">Common nouns for the kind ("treaty", "pact"): with the happening's own day, they name it unnamed.</param>
public sealed record HappeningKind(string DefaultAct, IReadOnlyDictionary<string, HappeningAct> Acts, IReadOnlyList<string>? Heads = null);
