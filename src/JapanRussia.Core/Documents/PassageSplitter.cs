namespace JapanRussia.Core.Documents;

/// <summary>
/// Splits a document body into passages with exact offsets. Blocks are separated by blank lines; inside a block a
/// line break starts a new passage when the line before ends a sentence or the next line starts a list item,
/// so that both one-paragraph-per-line text and wrapped Markdown paragraphs come out right.
/// </summary>
public static class PassageSplitter
{
    private const int CaptionMaxWords = 40;
    private const int ShortCaptionWords = 8;
    private const int ProseMinWords = 25;

    public static IReadOnlyList<PassageSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = ReadLines(text);
        var blocks = new List<(int Start, int End)>();
        (int Start, int End)? current = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end) = lines[i];
            var content = text.AsSpan(start, end - start);
            if (content.IsWhiteSpace())
            {
                Flush();
                continue;
            }

            if (current is { } open && !StartsNewPassage(text, lines[i - 1], lines[i]))
            {
                current = (open.Start, end);
            }
            else
            {
                Flush();
                current = (start, end);
            }
        }

        Flush();

        var passages = new List<PassageSpan>(blocks.Count);
        foreach (var (start, end) in blocks)
        {
            var (trimmedStart, trimmedEnd) = Trim(text, start, end);
            var passageText = text[trimmedStart..trimmedEnd];
            passages.Add(new PassageSpan(passages.Count, Classify(passageText), trimmedStart, trimmedEnd, passageText));
        }

        return MarkCaptions(passages);

        void Flush()
        {
            if (current is { } block)
            {
                blocks.Add(block);
                current = null;
            }
        }
    }

    private static List<(int Start, int End)> ReadLines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        while (start <= text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            lines.Add((start, end));
            if (newline < 0)
            {
                break;
            }

            start = newline + 1;
        }

        return lines;
    }

    private static bool StartsNewPassage(string text, (int Start, int End) previous, (int Start, int End) line)
    {
        var previousText = text.AsSpan(previous.Start, previous.End - previous.Start).TrimEnd();
        var lineText = text.AsSpan(line.Start, line.End - line.Start).TrimStart();
        return IsListMarker(lineText) || IsHeading(previousText) || IsHeading(lineText) ||
               (previousText.Length > 0 && previousText[^1] is '.' or '!' or '?' or ':' or '"' or '”' or ']' or ')');
    }

    private static PassageKind Classify(string passage)
    {
        var span = passage.AsSpan();
        if (IsHeading(span))
        {
            return PassageKind.Heading;
        }

        if (IsListMarker(span))
        {
            return PassageKind.ListItem;
        }

        // A short line with no sentence ending reads as a title or section heading in plain text.
        return !passage.Contains('\n', StringComparison.Ordinal) && passage.Length <= 80 &&
               passage[^1] is not ('.' or '!' or '?' or ':' or ',' or ';' or '"' or '”')
            && WordCount(passage) <= 12
                ? PassageKind.Heading
                : PassageKind.Paragraph;
    }

    /// <summary>
    /// Image captions follow the last stretch of prose on a page: short lines, most without a full stop
    /// ("Japanese painter Sesshū Tōyō commemorated on a 1956 Soviet stamp", "Japanese soldiers in Siberia (1918–1922).").
    /// </summary>
    private static List<PassageSpan> MarkCaptions(List<PassageSpan> passages)
    {
        var lastProse = passages.FindLastIndex(p => p.Kind == PassageKind.Paragraph && WordCount(p.Text) > ProseMinWords);
        if (lastProse < 0)
        {
            return passages;
        }

        for (var i = lastProse + 1; i < passages.Count; i++)
        {
            var passage = passages[i];
            var unpunctuated = passage.Text[^1] is not ('.' or '!' or '?' or '"' or '”');
            if (passage.Kind is PassageKind.Paragraph or PassageKind.Heading &&
                ((unpunctuated && WordCount(passage.Text) <= CaptionMaxWords) || WordCount(passage.Text) <= ShortCaptionWords))
            {
                passages[i] = passage with { Kind = PassageKind.Caption };
            }
        }

        return passages;
    }

    private static bool IsHeading(ReadOnlySpan<char> line) => line.StartsWith("#", StringComparison.Ordinal);

    private static bool IsListMarker(ReadOnlySpan<char> line)
    {
        if (line.Length < 2)
        {
            return false;
        }

        if (line[0] is '-' or '*' or '+' or '•' or '—' or '–' && line[1] == ' ')
        {
            return true;
        }

        var digits = 0;
        while (digits < line.Length && digits < 4 && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits is > 0 and < 4 && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] == ' ';
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                count++;
            }

            inWord = !isSpace;
        }

        return count;
    }
}
