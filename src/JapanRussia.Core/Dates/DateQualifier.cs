namespace JapanRussia.Core.Dates;

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
