namespace JapanRussia.Core.Dates;

/// <summary>
/// Phrases that name a year only relative to something else: the last year the text stated ("the following
/// year", "two years later", "the next three years"), the date of the report ("two years ago") or a well-known event
/// ("a decade after World War II").
/// An offset from an event the vocabulary does not know ("four years after his first visit") is not read:
/// its year cannot be told from the words.
/// </summary>
internal static class RelativePhrases
{
    private const int YearsPerDecade = 10;

    public static DateExpression? Parse(TokenCursor c, int i)
    {
        if (c.IsWord(i, "the") || c.IsWord(i, "that"))
        {
            return c.Info(i + 1).Has(WordRole.RelativeWord) && TryRelativeWord(c, i + 1, out var offset)
                ? ParseRelativeWord(c, i, i + 1, offset)
                : null;
        }

        return (c.IsNumber(i) || c.Info(i).Has(WordRole.CountWord)) && IsYearOrDecadeNoun(c, i + 1) && TryCount(c, i, out var n)
            ? ParseCountedYears(c, i, n)
            : null;
    }

    // "the following year", "the following year of 1855" (the stated year wins), "that same year",
    // "the next three years", "the previous two years".
    private static DateExpression? ParseRelativeWord(TokenCursor c, int i, int j, int offset)
    {
        if (c.IsWord(j + 1, "year"))
        {
            var end = j + 2;
            var explicitYear = 0;
            if (c.IsWord(end, "of") && c.TryYear(end + 1, out var stated))
            {
                explicitYear = stated;
                end += 2;
            }

            return new DateExpression
            {
                Kind = ExpressionKind.RelativeYear, Value = offset, ExplicitYear = explicitYear, FirstToken = i, EndToken = end,
            };
        }

        if (offset != 0 && TryCount(c, j + 1, out var count) && count > 1 && c.IsWord(j + 2, "years"))
        {
            return new DateExpression
            {
                Kind = ExpressionKind.RelativeYears, Value = offset, Count = count, FirstToken = i, EndToken = j + 3,
            };
        }

        return null;
    }

    // "two years later", "a decade earlier", "17 years ago", "ten years after the war".
    private static DateExpression? ParseCountedYears(TokenCursor c, int i, int n)
    {
        var years = c.IsWord(i + 1, "year") || c.IsWord(i + 1, "years") ? n
            : c.IsWord(i + 1, "decade") || c.IsWord(i + 1, "decades") ? n * YearsPerDecade
            : 0;
        if (years == 0)
        {
            return null;
        }

        var direction = i + 2;
        var roughly = years >= YearsPerDecade ? 1 : 0;
        if (c.IsWord(direction, "later") || c.IsWord(direction, "afterwards") || c.IsWord(direction, "earlier"))
        {
            var sign = c.IsWord(direction, "earlier") ? -1 : 1;
            return new DateExpression
            {
                Kind = ExpressionKind.RelativeYear, Value = sign * years, Count = roughly, FirstToken = i, EndToken = direction + 1,
            };
        }

        if (c.IsWord(direction, "ago"))
        {
            return new DateExpression
            {
                Kind = ExpressionKind.YearsAgo, Value = years, Count = roughly, FirstToken = i, EndToken = direction + 1,
            };
        }

        return c.IsWord(direction, "after") || c.IsWord(direction, "before") ? ParseEventOffset(c, i, direction, years) : null;
    }

    private static DateExpression? ParseEventOffset(TokenCursor c, int i, int direction, int years)
    {
        var after = c.IsWord(direction, "after");
        foreach (var anchor in DateVocabulary.Events)
        {
            if (TryEvent(c, direction + 1, anchor.Words, out var end))
            {
                var eventYear = after ? anchor.EndYear : anchor.StartYear;
                return eventYear == 0
                    ? null
                    : new DateExpression
                    {
                        Kind = ExpressionKind.EventOffset,
                        Value = eventYear + ((after ? 1 : -1) * years),
                        AnchorYear = eventYear,
                        FirstToken = i,
                        EndToken = end,
                    };
            }
        }

        return null;
    }

    private static bool IsYearOrDecadeNoun(TokenCursor c, int k) =>
        c.IsWord(k, "year") || c.IsWord(k, "years") || c.IsWord(k, "decade") || c.IsWord(k, "decades");

    private static bool TryEvent(TokenCursor c, int k, string[] words, out int end)
    {
        if (c.MatchPhrase(k, words, out end))
        {
            return true;
        }

        // "after Second World War" without the article still names the event.
        return words.Length > 1 && words[0] == "the" && c.MatchPhrase(k, words[1..], out end);
    }

    private static bool TryRelativeWord(TokenCursor c, int j, out int offset)
    {
        foreach (var (word, value) in DateVocabulary.RelativeYearWords)
        {
            if (c.IsWord(j, word))
            {
                offset = value;
                return true;
            }
        }

        offset = 0;
        return false;
    }

    private static bool TryCount(TokenCursor c, int j, out int count)
    {
        if (c.TryPlainNumber(j, 1, 2, out count))
        {
            return count > 0;
        }

        foreach (var (word, value) in DateVocabulary.NumberWords)
        {
            if (c.IsWord(j, word))
            {
                count = value;
                return true;
            }
        }

        return false;
    }
}
