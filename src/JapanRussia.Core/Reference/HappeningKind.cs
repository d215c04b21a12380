namespace JapanRussia.Core.Reference;

/// <summary>The acts of one kind of happening; <see cref="DefaultAct"/> is the one a clause states when it names no act.</summary>
public sealed record HappeningKind(string DefaultAct, IReadOnlyDictionary<string, HappeningAct> Acts);
