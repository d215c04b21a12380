namespace JapanRussia.Core.Queries;

/// <summary>A value a reader can filter by, with how many events carry it.</summary>
public sealed record FacetValue(string Value, string Name, int Count);
