using JapanRussia.Core.Queries;

namespace JapanRussia.Web.Components.Pages.Timeline;

/// <summary>A year heading and its events.</summary>
public sealed record YearGroup(string Year, IReadOnlyList<TimelineEntry> Events);
