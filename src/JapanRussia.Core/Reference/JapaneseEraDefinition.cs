namespace JapanRussia.Core.Reference;

/// <summary>One era: its romanised and Japanese names and the Gregorian day its first year began.</summary>
public sealed record JapaneseEraDefinition(string Name, string Japanese, DateOnly Start);
