namespace JapanRussia.Core.Events;

/// <summary>A person or place named by a source, spelling variants folded to one canonical name.</summary>
public sealed record NamedEntity(EntityKind Kind, string Name);
