namespace JapanRussia.Core.Dates;

/// <summary>The grain of a stated date point.</summary>
internal enum DateUnit
{
    Day,
    Month,
    Year,
    Decade,
    Century,
}

/// <summary>
/// A date point as written, possibly incomplete: a zero year or month means the text left it out and the
/// resolver must supply it. For decades Year is the first year; for centuries Century holds the ordinal.
/// </summary>
internal record struct DatePoint(DateUnit Unit, int Year, int Month, int Day, int Century = 0)
{
    public static DatePoint ForDay(int year, int month, int day) => new(DateUnit.Day, year, month, day);

    public static DatePoint ForMonth(int year, int month) => new(DateUnit.Month, year, month, 0);

    public static DatePoint ForYear(int year) => new(DateUnit.Year, year, 0, 0);

    public static DatePoint ForDecade(int year) => new(DateUnit.Decade, year, 0, 0);

    public static DatePoint ForCentury(int century) => new(DateUnit.Century, 0, 0, 0, century);
}

internal enum ExpressionKind
{
    /// <summary>A calendar date, month, year, decade or century, or a range of them.</summary>
    Absolute,

    /// <summary>A bare weekday ("said Monday"), meaningful only against a publication date.</summary>
    Weekday,

    /// <summary>"the following year", "two years later": an offset from the last year the text stated.</summary>
    RelativeYear,

    /// <summary>"two years ago": a count of years back from the publication date.</summary>
    YearsAgo,

    /// <summary>"the next three years": a run of years after (or before) the last stated year.</summary>
    RelativeYears,

    /// <summary>"a decade after World War II": an offset from a well-known event, approximate.</summary>
    EventOffset,

    /// <summary>Matched so its tokens are not read again, but not a date (a life span, a count).</summary>
    Suppressed,
}

/// <summary>What the grammar found at one place in the text, before references are resolved.</summary>
internal sealed class DateExpression
{
    public ExpressionKind Kind { get; init; }

    public int FirstToken { get; set; }

    public int EndToken { get; set; }

    public DatePoint From { get; set; }

    public DatePoint? To { get; set; }

    public DateQualifier Outer { get; set; }

    public string? OuterLabel { get; set; }

    public DateQualifier Inner { get; set; }

    public QualifierRole InnerRole { get; set; }

    public string? InnerLabel { get; set; }

    /// <summary>A weekday the clause looks forward to ("will be held … from Wednesday"): the next one, not the last.</summary>
    public bool Ahead { get; init; }

    /// <summary>Weekday (Monday = 1), year offset or event year, by kind.</summary>
    public int Value { get; init; }

    /// <summary>Number of years for <see cref="ExpressionKind.RelativeYears"/>.</summary>
    public int Count { get; init; }

    /// <summary>For <see cref="ExpressionKind.EventOffset"/>: the known event's year the offset counts from.</summary>
    public int AnchorYear { get; init; }

    /// <summary>"the following year of 1855": the stated year overrides the offset.</summary>
    public int ExplicitYear { get; init; }
}
