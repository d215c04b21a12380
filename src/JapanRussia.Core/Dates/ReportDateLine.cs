namespace JapanRussia.Core.Dates;

/// <summary>
/// The date line under a report's headline ("September 2, 2017", "December 13, 2016, 7:48 UTC+3 TOKYO",
/// "September 7, 2017, Vladivostok"): a full day alone on a short line near the top, followed by nothing but
/// places and times. It dates the report, as a publication stamp would: weekdays ("announced Friday") count back
/// from it. A document with several lines that open with a date is a chronology, whose first entry is no date line.
/// </summary>
public static class ReportDateLine
{
    private const int TopLines = 8;

    private const int MaxLineLength = 60;

    public static DateOnly? Find(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var tokens = DateTokenizer.Tokenize(text);
        var grammar = new DateGrammar(text, tokens);
        DateOnly? found = null;
        var lines = 0;
        var datedLines = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && !tokens[i].NewlineBefore)
            {
                continue;
            }

            lines++;
            if (grammar.ParseAt(i) is not { Kind: ExpressionKind.Absolute } expression)
            {
                continue;
            }

            if (++datedLines > 1)
            {
                return null;
            }

            if (lines <= TopLines && expression is { To: null, From: { Unit: DateUnit.Day, Year: > 0 } day } &&
                IsBareLine(text, tokens[i].Start, tokens[expression.EndToken - 1].End))
            {
                found = DateRules.FirstDay(day);
            }
        }

        return found;
    }

    /// <summary>True when the line is short and what follows the date is only places, times and punctuation.</summary>
    private static bool IsBareLine(string text, int start, int dateEnd)
    {
        var lineEnd = text.IndexOf('\n', dateEnd);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        if (lineEnd - start > MaxLineLength)
        {
            return false;
        }

        for (var k = dateEnd; k < lineEnd; k++)
        {
            if (char.IsLower(text[k]) && (k == 0 || !char.IsLetter(text[k - 1])))
            {
                return false;
            }
        }

        return true;
    }
}
