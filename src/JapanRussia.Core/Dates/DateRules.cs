namespace JapanRussia.Core.Dates;

/// <summary>Calendar arithmetic shared by the grammar and the resolver; every method is total (never throws).</summary>
internal static class DateRules
{
    /// <summary>Four-digit numbers outside this range are never read as years.</summary>
    public const int MinYear = 1000;

    public const int MaxYear = 2100;

    public static bool IsValidYear(int year) => year is >= MinYear and <= MaxYear;

    public static bool IsValidDay(int year, int month, int day) =>
        IsValidYear(year) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>The first day a point covers, or null when it is incomplete or out of range.</summary>
    public static DateOnly? FirstDay(DatePoint p) => p.Unit switch
    {
        DateUnit.Day => IsValidDay(p.Year, p.Month, p.Day) ? new DateOnly(p.Year, p.Month, p.Day) : null,
        DateUnit.Month => IsValidDay(p.Year, p.Month, 1) ? new DateOnly(p.Year, p.Month, 1) : null,
        DateUnit.Year => IsValidYear(p.Year) ? new DateOnly(p.Year, 1, 1) : null,
        DateUnit.Decade => IsValidYear(p.Year) ? new DateOnly(p.Year, 1, 1) : null,
        DateUnit.Century => IsValidYear(((p.Century - 1) * 100) + 1) ? new DateOnly(((p.Century - 1) * 100) + 1, 1, 1) : null,
        _ => null,
    };

    /// <summary>The last day a point covers, or null when it is incomplete or out of range.</summary>
    public static DateOnly? LastDay(DatePoint p) => p.Unit switch
    {
        DateUnit.Day => IsValidDay(p.Year, p.Month, p.Day) ? new DateOnly(p.Year, p.Month, p.Day) : null,
        DateUnit.Month => IsValidDay(p.Year, p.Month, 1) ? new DateOnly(p.Year, p.Month, DateTime.DaysInMonth(p.Year, p.Month)) : null,
        DateUnit.Year => IsValidYear(p.Year) ? new DateOnly(p.Year, 12, 31) : null,
        DateUnit.Decade => IsValidYear(p.Year + 9) ? new DateOnly(p.Year + 9, 12, 31) : null,
        DateUnit.Century => IsValidYear(p.Century * 100) ? new DateOnly(p.Century * 100, 12, 31) : null,
        _ => null,
    };

    /// <summary>
    /// Narrows a span to its first or second half. Whole years split by year count, a single year by months
    /// (January–June, July–December), a month by days.
    /// </summary>
    public static (DateOnly Start, DateOnly End) Half(DateOnly start, DateOnly end, bool first)
    {
        var years = end.Year - start.Year + 1;
        if (years >= 2)
        {
            var splitYear = start.Year + (years / 2);
            return first ? (start, new DateOnly(splitYear - 1, 12, 31)) : (new DateOnly(splitYear, 1, 1), end);
        }

        if (start.Month != end.Month)
        {
            var splitMonth = start.Month + ((end.Month - start.Month + 1) / 2);
            return first
                ? (start, new DateOnly(start.Year, splitMonth - 1, DateTime.DaysInMonth(start.Year, splitMonth - 1)))
                : (new DateOnly(start.Year, splitMonth, 1), end);
        }

        var splitDay = start.Day + ((end.Day - start.Day + 1) / 2);
        return splitDay > end.Day || splitDay <= start.Day
            ? (start, end)
            : first ? (start, new DateOnly(start.Year, start.Month, splitDay - 1)) : (new DateOnly(start.Year, start.Month, splitDay), end);
    }
}
