namespace JapanRussia.Core.Documents;

/// <summary>
/// Splits a document body into passages with exact offsets. Blocks are separated by blank lines; inside a block a
/// line break starts a new passage when the line before ends a sentence or the next line starts a list item,
/// so that both one-paragraph-per-line text and wrapped Markdown paragraphs come out right.
/// </summary>
public static class PassageSplitter
{
    /// <summary>Wrapped text keeps lines short; a line longer than this means one paragraph per line.</summary>
    private const int UnwrappedLineLength = 200;

    public static IReadOnlyList<PassageSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = ReadLines(text);
        var unwrapped = lines.Exists(l => l.End - l.Start > UnwrappedLineLength);
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

            if (current is { } open && !unwrapped && !StartsNewPassage(text, lines[i - 1], lines[i]))
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

        return CaptionMarker.MarkCaptions(passages);

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
        return IsListMarker(lineText) || IsHeading(previousText) || IsHeading(lineText) || IsSectionLabel(lineText) ||
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

    /// <summary>The most words of a section's label ("Naval Operations.", "Port Arthur Front.").</summary>
    private const int SectionLabelWords = 4;

    /// <summary>"Naval Operations.": a short line of capitalised words with a stop labels the entries after it.</summary>
    private static bool IsSectionLabel(ReadOnlySpan<char> line)
    {
        if (line.Length < 2 || line[^1] != '.' || !char.IsUpper(line[0]))
        {
            return false;
        }

        var words = 0;
        foreach (var range in line[..^1].Split(' '))
        {
            var word = line[..^1][range];
            if (word.Length == 0)
            {
                continue;
            }

            if (!char.IsUpper(word[0]) || ++words > SectionLabelWords)
            {
                return false;
            }
        }

        return words > 0;
    }

    private static bool IsHeading(ReadOnlySpan<char> line) => line.StartsWith("#", StringComparison.Ordinal);

    /// <summary>
    /// "- ", "* ", "1. ", and a chronology's "==May.05 > " entry (a wiki heading "==Background==" closes its marks).
    /// </summary>
    internal static bool IsListMarker(ReadOnlySpan<char> line)
    {
        if (line.Length < 2)
        {
            return false;
        }

        if (line.StartsWith("==", StringComparison.Ordinal))
        {
            var firstLine = line.IndexOf('\n') is var newline and >= 0 ? line[..newline] : line;
            return firstLine.Length > 2 && char.IsLetterOrDigit(firstLine[2]) && !firstLine.TrimEnd().EndsWith("==", StringComparison.Ordinal);
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

    internal static int WordCount(string text)
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
