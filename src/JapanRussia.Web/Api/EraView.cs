namespace JapanRussia.Web.Api;

/// <summary>An era of the relationship; <c>endYear</c> is null for the present one.</summary>
public sealed record EraView(string Id, string Name, int StartYear, int? EndYear, string Color, int Events);
