namespace JapanRussia.Core.Reference;

/// <summary>The whole of Reference/happenings.json.</summary>
public sealed record NamedHappenings(IReadOnlyDictionary<string, HappeningKind> Kinds, IReadOnlyList<NamedHappening> Happenings);
