namespace JapanRussia.Core.Dates;

/// <summary>How finely a source states a date; never finer than the words allow.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
    Decade,
    Century,
    Approximate,
}
