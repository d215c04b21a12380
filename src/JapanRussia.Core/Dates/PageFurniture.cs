using System.Text.RegularExpressions;

namespace JapanRussia.Core.Dates;

/// <summary>
/// Bylines and modification stamps ("Posted: Dec 15, 2016 9:47 AM", "Page last modified: 22-03-2022 10:52:10
/// ZULU") date the page, not the events in it: their lines yield no mentions, and
/// <see cref="DateRecognizer.FindPublicationDate"/> reads them instead.
/// </summary>
internal sealed class PageFurniture(string text, List<Token> tokens) : TokenCursor(text, tokens)
{
    /// <summary>
    /// True when the line starting at token <paramref name="i"/> opens with a furniture word and then either a
    /// colon ("Updated: …") or a clock time somewhere on the line ("Published 12 March 2022 10:30").
    /// </summary>
    public bool IsFurnitureLine(int i, out int nextLine)
    {
        nextLine = i;
        if (!IsCapitalisedWord(i))
        {
            return false;
        }

        var after = -1;
        foreach (var opener in DateVocabulary.FurnitureOpeners)
        {
            if (MatchPhrase(i, opener, out var end))
            {
                after = end;
                break;
            }
        }

        if (after < 0)
        {
            return false;
        }

        var lineEnd = after;
        var clock = false;
        while (lineEnd < Count && !Tokens[lineEnd].NewlineBefore)
        {
            clock |= IsSymbol(lineEnd, ':') && IsNumber(lineEnd - 1) && Touches(lineEnd) && IsNumber(lineEnd + 1) && Touches(lineEnd + 1);
            lineEnd++;
        }

        if (!clock && !IsSymbol(after, ':'))
        {
            return false;
        }

        nextLine = lineEnd;
        return true;
    }
}

public static partial class DateRecognizer
{
    /// <summary>
    /// The publication date stated in page furniture ("Posted: Dec 15, 2016 9:47 AM" → 2016-12-15, "Page last
    /// modified: 22-03-2022 10:52:10 ZULU" → 2022-03-22), for documents without front matter. A "posted" or
    /// "published" stamp is preferred to an "updated" or "modified" one. Null when there is none.
    /// </summary>
    public static DateOnly? FindPublicationDate(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        DateOnly? fallback = null;
        foreach (Match match in FurnitureLinePattern().Matches(text))
        {
            if (ReadStampDate(match.Groups["date"].Value) is not { } date)
            {
                continue;
            }

            var kind = match.Groups["kind"].Value;
            if (kind.Contains("post", StringComparison.OrdinalIgnoreCase) || kind.Contains("publish", StringComparison.OrdinalIgnoreCase))
            {
                return date;
            }

            fallback ??= date;
        }

        return fallback;
    }

    private static DateOnly? ReadStampDate(string stamp)
    {
        var tokens = DateTokenizer.Tokenize(stamp);
        var grammar = new DateGrammar(stamp, tokens);
        for (var i = 0; i < Math.Min(tokens.Count, 4); i++)
        {
            if (grammar.ParseDayAt(i) is { } point && DateRules.FirstDay(point) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    // Bounded: NonBacktracking runs in linear time whatever the input.
    [GeneratedRegex(
        @"^[ \t]*(?<kind>Page last modified|Last modified|Last updated|Date posted|First published|Posted|Published|Updated|Modified)(?:[ \t]+on)?[ \t]*:?[ \t]*(?<date>[^\r\n]{0,80})",
        RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureLinePattern();
}
