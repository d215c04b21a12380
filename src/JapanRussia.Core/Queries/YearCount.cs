namespace JapanRussia.Core.Queries;

/// <summary>How many matching events start in a year (the overview strip).</summary>
public sealed record YearCount(int Year, int Count);
