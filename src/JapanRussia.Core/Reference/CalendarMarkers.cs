namespace JapanRussia.Core.Reference;

/// <summary>
/// The words that mark a date as Old Style (Julian) or New Style (Gregorian), and the names of the Julian calendar a
/// document uses to say that all its dates are in it, from Reference/calendar-markers.json.
/// </summary>
public sealed record CalendarMarkers(IReadOnlyList<string[]> OldStyle, IReadOnlyList<string[]> NewStyle, IReadOnlyList<string> JulianNames);
