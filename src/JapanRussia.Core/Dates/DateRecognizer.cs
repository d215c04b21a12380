using System.Text.RegularExpressions;

namespace JapanRussia.Core.Dates;

/// <summary>
/// Finds date expressions in prose and normalises them. No I/O; safe to share between threads.
/// </summary>
/// <remarks>
/// Pipeline: <see cref="DateTokenizer"/> (one pass) → <see cref="OldStyleDates"/> (dual and Old Style dates) or else
/// <see cref="DateGrammar"/> at each token, longest
/// expression first, skipping page-furniture lines (<see cref="PageFurniture"/>) → <see cref="ReferenceResolver"/>
/// in text order, which fills in omitted years and counts relative phrases → <see cref="DateLabelFormatter"/>, and
/// <see cref="ProvenanceReader"/>, which says how each date was obtained.
/// Spans: plain prepositions and articles ("in", "on", "the") are left out; qualifiers ("early", "by", "c."),
/// range words ("from … to", "between … and") and whole relative phrases ("the following year") are kept.
/// Early/mid/late keep the whole span of what they qualify (the qualifier says where in it); "first/second half
/// of" narrow it exactly. Before/after/circa keep the anchor's span and say how it bounds the event.
/// </remarks>
public static partial class DateRecognizer
{
    /// <summary>
    /// Recognises every date expression in <paramref name="text"/>, in order of position. Underspecified dates
    /// ("on November 1", "the following year", "said Monday") are resolved against the preceding text and,
    /// failing that, against <paramref name="publishedOn"/>. Never throws; null or empty text has no dates.
    /// </summary>
    public static IReadOnlyList<DateMention> Recognize(string text, DateOnly? publishedOn = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var tokens = DateTokenizer.Tokenize(text);
        var grammar = new DateGrammar(text, tokens);
        var furniture = new PageFurniture(text, tokens);
        var resolver = new ReferenceResolver(publishedOn);
        var oldStyle = new OldStyleDates(text, tokens);
        var mentions = new List<DateMention>();
        var julianFrom = JulianDeclaration.EndIn(text);
        var i = 0;
        while (i < tokens.Count)
        {
            if ((i == 0 || tokens[i].NewlineBefore) && furniture.IsFurnitureLine(i, out var nextLine))
            {
                i = nextLine;
                continue;
            }

            if (oldStyle.ParseAt(i, resolver.YearFor) is { } dual)
            {
                mentions.Add(OldStyleMention(dual, text, tokens, resolver));
                i = dual.EndToken;
                continue;
            }

            if (grammar.ParseAt(i) is not { } expression)
            {
                i++;
                continue;
            }

            var end = tokens[expression.EndToken - 1].End;
            if (resolver.Resolve(expression, end, IsFarEnd(text, tokens, expression.FirstToken)) is { } resolved)
            {
                var mention = new DateMention(tokens[expression.FirstToken].Start, end, resolved.Date)
                {
                    Provenance = ProvenanceReader.For(resolved, text, tokens, expression.FirstToken, expression.EndToken),
                };
                var julian = julianFrom >= 0 && mention.Start > julianFrom ? JulianDeclaration.Convert(mention, text) : null;
                mentions.Add(julian ?? mention);
            }

            i = Math.Max(expression.EndToken, i + 1);
        }

        return mentions;
    }

    /// <summary>"… to Jan. 1905", "until 1952": the date ends a span that started before it.</summary>
    private static bool IsFarEnd(string text, List<Token> tokens, int first)
    {
        if (first == 0 || tokens[first - 1].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = text.AsSpan(tokens[first - 1].Start, tokens[first - 1].End - tokens[first - 1].Start);
        return word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.Equals("until", StringComparison.OrdinalIgnoreCase) ||
               word.Equals("till", StringComparison.OrdinalIgnoreCase);
    }

    private static DateMention OldStyleMention(OldStyleDates.Reading dual, string text, List<Token> tokens, ReferenceResolver resolver)
    {
        var day = dual.Gregorian;
        var last = day.AddDays(dual.ExtraDays);
        var date = new HistoricalDate(day, last, DatePrecision.Day, DateQualifier.None, DateLabelFormatter.Days(day, last));
        var end = tokens[dual.EndToken - 1].End;
        resolver.Note(date, end);
        return new DateMention(tokens[dual.FirstToken].Start, end, date) { Provenance = ProvenanceReader.ForOldStyle(dual, text, tokens) };
    }

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
