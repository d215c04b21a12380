using JapanRussia.Core.Dates;
using JapanRussia.Core.Queries;

namespace JapanRussia.Web.Components.Pages.Timeline.Axis;

/// <summary>
/// The days a mark covers. The store keeps a hedged date's whole unit ("late 1991" as all of 1991, "mid-1960s" as the
/// 1960s) with its qualifier; drawn, early, mid and late take their third of it (late 1991 is September to December,
/// the mid-1960s 1964 to 1966). A span the source already narrowed ("second half of the 1950s") is drawn as stored.
/// </summary>
public static class DrawnSpan
{
    /// <summary>The first day covered and the day after the last.</summary>
    public static (DateOnly Start, DateOnly End) Of(AxisEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var after = entry.End.AddDays(1);
        if (entry.Qualifier is not (DateQualifier.Early or DateQualifier.Mid or DateQualifier.Late) || !IsWholeUnit(entry))
        {
            return (entry.Start, after);
        }

        return entry.Precision switch
        {
            DatePrecision.Month => ByDays(entry.Qualifier, entry.Start, after),
            DatePrecision.Year => ByMonths(entry.Qualifier, entry.Start),
            DatePrecision.Decade => ByYears(entry.Qualifier, entry.Start.Year, [0, 4, 7, 10]),
            DatePrecision.Century => ByYears(entry.Qualifier, entry.Start.Year, [0, 33, 67, 100]),
            _ => (entry.Start, after),
        };
    }

    private static bool IsWholeUnit(AxisEntry entry) => entry.Precision switch
    {
        DatePrecision.Month => entry.Start.Day == 1 && entry.End == entry.Start.AddMonths(1).AddDays(-1),
        DatePrecision.Year => entry.Start is { Month: 1, Day: 1 } && entry.End == new DateOnly(entry.Start.Year, 12, 31),
        DatePrecision.Decade => entry.Start is { Month: 1, Day: 1 } && entry.Start.Year % 10 == 0 && entry.End == new DateOnly(entry.Start.Year + 9, 12, 31),
        DatePrecision.Century => entry.Start is { Month: 1, Day: 1 } && entry.End.Year - entry.Start.Year == 99,
        _ => false,
    };

    private static int Part(DateQualifier qualifier) => qualifier switch
    {
        DateQualifier.Early => 0,
        DateQualifier.Mid => 1,
        _ => 2,
    };

    private static (DateOnly, DateOnly) ByDays(DateQualifier qualifier, DateOnly start, DateOnly after) => Part(qualifier) switch
    {
        0 => (start, start.AddDays(10)),
        1 => (start.AddDays(10), start.AddDays(20)),
        _ => (start.AddDays(20), after),
    };

    private static (DateOnly, DateOnly) ByMonths(DateQualifier qualifier, DateOnly start)
    {
        var part = Part(qualifier);
        return (start.AddMonths(part * 4), start.AddMonths((part + 1) * 4));
    }

    private static (DateOnly, DateOnly) ByYears(DateQualifier qualifier, int firstYear, int[] offsets)
    {
        var part = Part(qualifier);
        return (new DateOnly(firstYear + offsets[part], 1, 1), new DateOnly(firstYear + offsets[part + 1], 1, 1));
    }
}
