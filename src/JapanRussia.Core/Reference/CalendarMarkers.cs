namespace JapanRussia.Core.Reference;

/// <summary>The words that mark a date as Old Style (Julian) or New Style (Gregorian), from Reference/calendar-markers.json.</summary>
public sealed record CalendarMarkers(IReadOnlyList<string[]> OldStyle, IReadOnlyList<string[]> NewStyle);
