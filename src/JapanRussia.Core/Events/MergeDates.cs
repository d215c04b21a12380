using JapanRussia.Core.Dates;

namespace JapanRussia.Core.Events;

/// <summary>When two dates can state one happening: one within the other ("1956" and "19 October 1956", "15 December 2016" and "15–16 December 2016").</summary>
internal static class MergeDates
{
    public static bool Compatible(HistoricalDate a, HistoricalDate b) =>
        a.IsWithin(b) || b.IsWithin(a) || (a.Precision == b.Precision && a.Overlaps(b));

    public static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    public static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    public static int Width(HistoricalDate date) => date.End.DayNumber - date.Start.DayNumber;

    /// <summary>The days every date covers, or null when no day is in all of them (the sources disagree).</summary>
    public static (DateOnly Start, DateOnly End)? CommonSpan(IEnumerable<HistoricalDate> dates)
    {
        var start = DateOnly.MinValue;
        var end = DateOnly.MaxValue;
        foreach (var date in dates)
        {
            start = Later(start, date.Start);
            end = Earlier(end, date.End);
        }

        return start <= end ? (start, end) : null;
    }

    /// <summary>Two statements of the same day (or month) are likelier one happening than two of the same year.</summary>
    public static double Affinity(HistoricalDate a, HistoricalDate b) =>
        !a.Overlaps(b) ? 0
        : a.Precision == DatePrecision.Day && b.Precision == DatePrecision.Day ? 0.2
        : a.Precision is DatePrecision.Day or DatePrecision.Month && b.Precision is DatePrecision.Day or DatePrecision.Month ? 0.1
        : 0;
}
