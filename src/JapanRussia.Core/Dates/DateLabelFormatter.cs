using System.Globalization;

namespace JapanRussia.Core.Dates;

/// <summary>
/// Writes labels that claim no more than the source: "19 October 1956", "September 1992", "1956", "1970s",
/// "19th century", ranges with an en dash ("15–16 December 2016", "1960s–1970s"), and the source's hedge
/// ("mid-1960s", "late 1991", "c. 1990", "by 1979", "until October 1920", "by the late 1990s").
/// </summary>
internal static class DateLabelFormatter
{
    private const string EnDash = "–";

    public static string Point(DatePoint p) => p.Unit switch
    {
        DateUnit.Day => string.Create(CultureInfo.InvariantCulture, $"{p.Day} {MonthName(p.Month)} {p.Year}"),
        DateUnit.Month => string.Create(CultureInfo.InvariantCulture, $"{MonthName(p.Month)} {p.Year}"),
        DateUnit.Year => p.Year.ToString(CultureInfo.InvariantCulture),
        DateUnit.Decade => string.Create(CultureInfo.InvariantCulture, $"{p.Year}s"),
        _ => Ordinal(p.Century) + " century",
    };

    public static string Range(DatePoint first, DatePoint to)
    {
        if (first.Unit == DateUnit.Day && first.Year == to.Year)
        {
            return first.Month == to.Month
                ? string.Create(CultureInfo.InvariantCulture, $"{first.Day}{EnDash}{to.Day} {MonthName(to.Month)} {to.Year}")
                : string.Create(CultureInfo.InvariantCulture, $"{first.Day} {MonthName(first.Month)} {EnDash} {Point(to)}");
        }

        if (first.Unit == DateUnit.Month && first.Year == to.Year)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{MonthName(first.Month)}{EnDash}{Point(to)}");
        }

        // Compact forms join with a bare dash; multi-word ends need spaces to stay readable.
        return first.Unit is DateUnit.Day or DateUnit.Month
            ? $"{Point(first)} {EnDash} {Point(to)}"
            : $"{Point(first)}{EnDash}{Point(to)}";
    }

    /// <summary>A day ("27 May 1905") or a run of days ("27–28 May 1905", "31 May – 1 June 1905").</summary>
    public static string Days(DateOnly first, DateOnly last) =>
        first == last
            ? Point(DatePoint.ForDay(first.Year, first.Month, first.Day))
            : Range(DatePoint.ForDay(first.Year, first.Month, first.Day), DatePoint.ForDay(last.Year, last.Month, last.Day));

    /// <summary>Wraps a core label in the inner hedge ("late", "mid-", "first half of") and outer bound ("by").</summary>
    public static string Qualified(string core, DateUnit unit, string? innerLabel, string? outerLabel)
    {
        var needsArticle = unit is DateUnit.Decade or DateUnit.Century;
        var label = core;
        if (innerLabel is not null)
        {
            label = innerLabel.EndsWith('-')
                ? innerLabel + core
                : innerLabel.EndsWith(" of", StringComparison.Ordinal) && needsArticle
                    ? $"{innerLabel} the {core}"
                    : $"{innerLabel} {core}";
        }

        if (outerLabel is null)
        {
            return label;
        }

        // "by the late 1990s", "after the mid-1960s", but "c. 1990s" and "by 1979".
        var article = needsArticle && outerLabel != "c." && (innerLabel is null || !innerLabel.EndsWith(" of", StringComparison.Ordinal));
        return article ? $"{outerLabel} the {label}" : $"{outerLabel} {label}";
    }

    public static string Circa(int year) => string.Create(CultureInfo.InvariantCulture, $"c. {year}");

    public static string MonthName(int month) => month is >= 1 and <= 12 ? DateVocabulary.MonthNames[month - 1] : "?";

    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return string.Create(CultureInfo.InvariantCulture, $"{n}{suffix}");
    }
}
