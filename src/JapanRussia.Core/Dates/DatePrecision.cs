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

/// <summary>A hedge the source puts on a date ("late 1991", "by 1979", "c. 1990").</summary>
public enum DateQualifier
{
    None,
    Early,
    Mid,
    Late,
    Circa,
    Before,
    After,
}
