using System.Text.RegularExpressions;
using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Dates;

/// <summary>
/// A document that says its dates are Julian ("all dates given below are according to the Julian Calendar"): its
/// plain day dates before Russia's change of calendar are Old Style and are converted; a date in brackets is the
/// other calendar, given as an exception, and is kept as written.
/// </summary>
internal static partial class JulianDeclaration
{
    /// <summary>The last Julian day in Russia: the day after, 1 February (Julian), was 14 February 1918 (Gregorian).</summary>
    private static readonly DateOnly LastJulianDay = new(1918, 1, 31);

    /// <summary>Where the declaration ends, or -1 when the text makes none: dates before it are not covered.</summary>
    public static int EndIn(string text)
    {
        foreach (Match match in Declaration().Matches(text))
        {
            if (ReferenceData.CalendarMarkers.JulianNames.Contains(match.Groups["name"].Value, StringComparer.OrdinalIgnoreCase))
            {
                return match.Index + match.Length;
            }
        }

        return -1;
    }

    /// <summary>The Gregorian reading of a plain day date that a Julian document gives, or null when it is not one.</summary>
    public static DateMention? Convert(DateMention mention, string text)
    {
        var date = mention.Date;
        if (date.Precision != DatePrecision.Day || date.End > LastJulianDay || mention.Start == 0 || text[mention.Start - 1] is '(' or '[')
        {
            return null;
        }

        var start = OldStyleDates.ToGregorian(date.Start);
        var end = OldStyleDates.ToGregorian(date.End);
        var gregorian = new HistoricalDate(start, end, DatePrecision.Day, date.Qualifier, DateLabelFormatter.Days(start, end));
        var provenance = new DateProvenance(DateProvenanceKind.Converted, text[mention.Start..mention.End], DateAnchorKind.OldStyleDate, date.Label);
        return mention with { Date = gregorian, Provenance = provenance };
    }

    // "dates … are according to / given in / in the Julian Calendar", within one sentence.
    [GeneratedRegex(@"\bdates\b[^.]{0,80}?\b(?:are|is)\b[^.]{0,30}?\b(?:according to|in|by)\s+(?:the\s+)?(?<name>[A-Za-z]+\s+(?:calendar|Calendar|style|Style))", RegexOptions.IgnoreCase)]
    private static partial Regex Declaration();
}
