namespace JapanRussia.Core.Documents;

/// <summary>
/// Finds sentence spans in a passage. A sentence ends at '.', '!' or '?' (with any closing quotes, brackets and
/// citation markers such as "[3]") followed by white space and a capital, digit, quote or bracket, unless the
/// word before the stop is an abbreviation ("U.S.", "Aug.", "Mr.") or an initial ("Leonid I. Brezhnev").
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Words that end with a period without ending a sentence.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "capt", "adm", "sen", "rep", "gov", "pres", "st",
        "jr", "sr", "etc", "vs", "cf", "approx", "u.s", "u.k", "u.n", "u.s.s.r", "o.s", "n.s", "e.g", "i.e", "inc", "ltd", "corp", "mt", "ft",
    };

    /// <summary>Abbreviations that only count as such before a number ("Aug. 15", "No. 3", "c. 1990").</summary>
    private static readonly HashSet<string> NumberAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nos", "vol", "p", "pp", "fig", "c", "ca", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    public static IReadOnlyList<TextSpan> Split(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<TextSpan>();
        var sentenceStart = SkipSpace(text, start, end);
        var i = sentenceStart;
        while (i < end)
        {
            var c = text[i];
            if (c is '.' or '!' or '?' or '\n')
            {
                var stop = i + 1;
                if (c != '\n')
                {
                    stop = SkipClosers(text, stop, end);
                }

                if (IsBoundary(text, i, stop, end))
                {
                    var trimmedEnd = c == '\n' ? TrimEnd(text, sentenceStart, i) : stop;
                    if (trimmedEnd > sentenceStart)
                    {
                        sentences.Add(new TextSpan(sentenceStart, trimmedEnd));
                    }

                    sentenceStart = SkipSpace(text, stop, end);
                    i = sentenceStart;
                    continue;
                }
            }

            i++;
        }

        var lastEnd = TrimEnd(text, sentenceStart, end);
        if (lastEnd > sentenceStart)
        {
            sentences.Add(new TextSpan(sentenceStart, lastEnd));
        }

        return sentences;
    }

    private static bool IsBoundary(string text, int stopIndex, int afterClosers, int end)
    {
        if (text[stopIndex] == '\n')
        {
            return true;
        }

        if (afterClosers >= end)
        {
            return false;
        }

        if (!char.IsWhiteSpace(text[afterClosers]))
        {
            return false;
        }

        var next = SkipSpace(text, afterClosers, end);
        if (next >= end)
        {
            return false;
        }

        var nextChar = text[next];
        if (!(char.IsUpper(nextChar) || char.IsDigit(nextChar) || nextChar is '"' or '“' or '‘' or '\'' or '[' or '(' or '—' or '–'))
        {
            return false;
        }

        return text[stopIndex] != '.' || !EndsWithAbbreviation(text, stopIndex, char.IsDigit(nextChar));
    }

    private static bool EndsWithAbbreviation(string text, int periodIndex, bool numberFollows)
    {
        var wordStart = periodIndex;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..periodIndex];
        if (word.Length == 0)
        {
            return false;
        }

        // A single capital is an initial ("Leonid I. Brezhnev"); "U.S." style words are abbreviations.
        return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word) ||
               (numberFollows && NumberAbbreviations.Contains(word));
    }

    private static int SkipClosers(string text, int position, int end)
    {
        while (position < end)
        {
            var c = text[position];
            if (c is '"' or '”' or '’' or '\'' or ')')
            {
                position++;
            }
            else if (c == '[')
            {
                var close = text.IndexOf(']', position, Math.Min(end - position, 40));
                if (close < 0)
                {
                    break;
                }

                position = close + 1;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    private static int SkipSpace(string text, int position, int end)
    {
        while (position < end && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
