namespace JapanRussia.Core.Dates;

/// <summary>A core date as read: the point, its token span [Start, End), and the last day of a day range ("15–16").</summary>
internal readonly record struct CoreDate(DatePoint Point, int Start, int End, int LastDay = 0);
