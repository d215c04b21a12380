using System.Collections.Frozen;
using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Documents;

/// <summary>
/// Finds sentence spans in a passage. A sentence ends at '.', '!' or '?' (with any closing quotes, brackets and
/// citation markers such as "[3]") followed by white space and a capital, digit, quote or bracket, unless the
/// word before the stop is an abbreviation ("U.S.", "Aug.", "Mr.", "O.S.") or an initial ("Leonid I. Brezhnev"), the
/// stop is inside brackets that close ("[O.S. 14 May]"), or the stop follows a chronology's lead year ("1875. Japan…").
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Words that end with a period without ending a sentence (Reference/abbreviations.json).</summary>
    private static readonly FrozenSet<string> Abbreviations = ReferenceData.Abbreviations.Abbreviations.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations that only count as such before a number ("Aug. 15", "No. 3", "c. 1990").</summary>
    private static readonly FrozenSet<string> NumberAbbreviations = ReferenceData.Abbreviations.NumberAbbreviations.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<TextSpan> Split(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<TextSpan>();
        var sentenceStart = SkipSpace(text, start, end);
        var i = sentenceStart;

        // A list item's later lines go on with it ("==May.05 > The Japanese 2nd Army\nlands unopposed…"): the passage
        // splitter starts a new item at each marker and after each line that ends a sentence.
        var listItem = PassageSplitter.IsListMarker(text.AsSpan(sentenceStart, end - sentenceStart));
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

                if (!(c == '\n' && listItem) && IsBoundary(text, i, stop, end) && !(c == '.' && (IsLeadNumber(text, sentenceStart, i) || IsInsideBrackets(text, sentenceStart, i, end))))
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
            // A definition list's term and its definition (": …" on the next line) are one entry.
            var nextLine = SkipSpace(text, stopIndex + 1, end);
            return nextLine >= end || (text[nextLine] != ':' && !IsSoftWrap(text, stopIndex, nextLine));
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

    /// <summary>Hard-wrapped prose fills its lines; a title or a list line that ends without a stop is shorter.</summary>
    private const int WrappedLineLength = 50;

    /// <summary>
    /// A break inside a sentence of hard-wrapped text: the line before is long and ends mid-sentence (a word or a
    /// comma), and the next line goes on with a word (or a number, after a lowercase word).
    /// </summary>
    private static bool IsSoftWrap(string text, int newline, int nextLine)
    {
        if (text.AsSpan(newline + 1, nextLine - newline - 1).Contains('\n'))
        {
            // A blank line ends a paragraph, however full the line before it.
            return false;
        }

        var lineEnd = TrimEnd(text, 0, newline);
        var lineStart = text.LastIndexOf('\n', Math.Max(0, lineEnd - 1)) + 1;
        if (lineEnd - lineStart < WrappedLineLength)
        {
            return false;
        }

        var last = text[lineEnd - 1];
        // "…through the Kurile Islands in\n1738 (Genbun 3)": a line that ends on a lowercase word goes on even into a number.
        return (char.IsLetterOrDigit(last) || last is ',' or ';' or '-') &&
               (char.IsLetter(text[nextLine]) || text[nextLine] == '(' || (char.IsLower(last) && char.IsAsciiDigit(text[nextLine]) && !OpensEntry(text, nextLine)));
    }

    /// <summary>"1905 The war ended.": a number followed by a capitalised word opens a chronology's entry.</summary>
    private static bool OpensEntry(string text, int line)
    {
        var i = line;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        while (i < text.Length && text[i] is ' ' or '.' or ':')
        {
            i++;
        }

        return i < text.Length && char.IsUpper(text[i]);
    }

    /// <summary>How far a stop looks for the brackets around it: a bracketed aside is short.</summary>
    private const int BracketReach = 150;

    /// <summary>"1875. Japan and Russia…", "**1855**. …": a chronology line's lead year, not a sentence of its own.</summary>
    private static bool IsLeadNumber(string text, int sentenceStart, int stopIndex)
    {
        var digits = 0;
        for (var k = sentenceStart; k < stopIndex; k++)
        {
            if (char.IsAsciiDigit(text[k]))
            {
                digits++;
            }
            else if (text[k] is not ('*' or '_'))
            {
                return false;
            }
        }

        return digits is > 0 and <= 4;
    }

    /// <summary>A stop inside brackets that open in the sentence and close soon after, on the same line.</summary>
    private static bool IsInsideBrackets(string text, int sentenceStart, int stopIndex, int end)
    {
        var closed = 0;
        var open = false;
        for (var k = stopIndex - 1; k >= Math.Max(sentenceStart, stopIndex - BracketReach); k--)
        {
            if (text[k] is ')' or ']')
            {
                closed++;
            }
            else if (text[k] is '(' or '[')
            {
                if (closed == 0)
                {
                    open = true;
                    break;
                }

                closed--;
            }
        }

        if (!open)
        {
            return false;
        }

        var depth = 1;
        for (var k = stopIndex + 1; k < Math.Min(end, stopIndex + BracketReach) && text[k] != '\n'; k++)
        {
            depth += text[k] is '(' or '[' ? 1 : text[k] is ')' or ']' ? -1 : 0;
            if (depth == 0)
            {
                return true;
            }
        }

        return false;
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

        // A single capital is an initial ("Leonid I. Brezhnev"); dotted letters ("U.S.", "O.S.", "p.m.") are abbreviations.
        return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word) || IsDottedLetters(word) ||
               (numberFollows && NumberAbbreviations.Contains(word));
    }

    private static bool IsDottedLetters(string word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (k % 2 == 0 ? !char.IsLetter(word[k]) : word[k] != '.')
            {
                return false;
            }
        }

        return true;
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
