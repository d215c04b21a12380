using System.Globalization;

namespace JapanRussia.Core.Dates;

/// <summary>
/// A date as a source states it: the whole span the words cover (a decade covers ten years), the precision,
/// a qualifier, and a label that claims no more than the source does.
/// </summary>
public sealed record HistoricalDate(
    DateOnly Start,
    DateOnly End,
    DatePrecision Precision,
    DateQualifier Qualifier,
    string Label)
{
    /// <summary>The start as YYYY, YYYY-MM or YYYY-MM-DD: no more precise than the source.</summary>
    public string StartText => Format(Start, Precision);

    /// <summary>The end as YYYY, YYYY-MM or YYYY-MM-DD: no more precise than the source.</summary>
    public string EndText => Format(End, Precision);

    public static string Format(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => date.Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>True when this date's span lies within <paramref name="other"/>'s span.</summary>
    public bool IsWithin(HistoricalDate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start >= other.Start && End <= other.End;
    }

    /// <summary>True when the two spans share at least one day.</summary>
    public bool Overlaps(HistoricalDate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start <= other.End && other.Start <= End;
    }
}
