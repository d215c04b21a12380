namespace JapanRussia.Core.Queries;

/// <summary>An era as the pages show it: name, years and colour.</summary>
public sealed record EraInfo(string Id, string Name, int StartYear, int? EndYear, string Color);
