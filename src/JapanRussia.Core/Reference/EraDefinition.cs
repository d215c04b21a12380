namespace JapanRussia.Core.Reference;

/// <summary>A period of the relationship (Reference/eras.json); <see cref="End"/> is null for the open present era.</summary>
public sealed record EraDefinition(string Id, string Name, int Start, int? End, string Color);
