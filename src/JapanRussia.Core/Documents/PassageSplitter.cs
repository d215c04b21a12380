namespace JapanRussia.Core.Documents;

/// <summary>
/// Splits a document body into passages with exact offsets. Blocks are separated by blank lines; inside a block a
/// line break starts a new passage when the line before ends a sentence or the next line starts a list item,
/// so that both one-paragraph-per-line text and wrapped Markdown paragraphs come out right.
/// </summary>
public static class PassageSplitter
{
    private const int CaptionMaxWords = 30;

    /// <summary>Wrapped text keeps lines short; a line longer than this means one paragraph per line.</summary>
    private const int UnwrappedLineLength = 200;

    /// <summary>Prose sentences average at least this many words; captions are fragments.</summary>
    private const int ProseWordsPerSentence = 10;

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
    /// Short fragments that sit among other short lines at the end of a document are image captions; a full prose
    /// sentence there is still a paragraph.
    /// </summary>
    private static List<PassageSpan> MarkCaptions(List<PassageSpan> passages)
    {
        var lastLong = passages.FindLastIndex(p => p.Kind == PassageKind.Paragraph && WordCount(p.Text) > CaptionMaxWords && IsProse(p.Text));
        for (var i = lastLong + 1; i < passages.Count; i++)
        {
            var passage = passages[i];
            var shortNeighbour = (i > lastLong + 1 && WordCount(passages[i - 1].Text) <= CaptionMaxWords) ||
                                 (i + 1 < passages.Count && WordCount(passages[i + 1].Text) <= CaptionMaxWords);
            if (lastLong >= 0 && passage.Kind is PassageKind.Paragraph or PassageKind.Heading && shortNeighbour &&
                WordCount(passage.Text) <= 2 * CaptionMaxWords && !IsProse(passage.Text) && !IsPastTenseSentence(passage.Text) && !IsTimelineEntry(passage.Text) && !OpensWithNumber(passage.Text))
            {
                passages[i] = passage with { Kind = PassageKind.Caption };
            }
        }

        return passages;
    }

    /// <summary>
    /// A whole sentence in the past tense ("In 1951 Japan signed the treaty."): news is written in one-sentence
    /// paragraphs like this, while captions are fragments or in the present tense ("Putin meets Abe, 2016").
    /// </summary>
    private static bool IsPastTenseSentence(string passage)
    {
        var trimmed = passage.TrimEnd();
        if (trimmed.Length == 0 || !char.IsUpper(trimmed[0]) || (trimmed[^1] is not ('.' or '!' or '"' or '”') && !HasSentenceEnd(trimmed)))
        {
            return false;
        }

        foreach (var word in trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var bare = word.TrimEnd('.', ',', ';', ':', '"', '”');
            if (bare.Length > 3 && bare.All(char.IsLower) &&
                (bare.EndsWith("ed", StringComparison.Ordinal) || Events.CueBook.Get.IrregularPasts.Contains(bare)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A stop followed by a new sentence inside the passage ("… in London. The Alliance was announced …"): a passage
    /// whose last sentence was cut or ends in page furniture is still prose when a whole sentence stands before.
    /// </summary>
    private static bool HasSentenceEnd(string passage)
    {
        for (var i = 1; i + 2 < passage.Length; i++)
        {
            if (passage[i] is '.' or '!' or '?' && passage[i + 1] == ' ' && char.IsUpper(passage[i + 2]) && char.IsLower(passage[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "30 Jan 1902 Anglo-Japanese Alliance", "24 January", "1904": a line that opens with a number is a chronology's
    /// date line or entry; captions open with what the picture shows.
    /// </summary>
    private static bool OpensWithNumber(string passage) => passage.Length > 0 && char.IsAsciiDigit(passage[0]);

    /// <summary>The entry of a chronology, in any tense: "4 February: The ultimatum expires.", "1855: …".</summary>
    private static bool IsTimelineEntry(string passage)
    {
        const int LeadDateLength = 24;
        var colon = passage.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon <= LeadDateLength && colon + 1 < passage.Length && passage[colon + 1] == ' ' &&
               passage.AsSpan(0, colon).ContainsAnyInRange('0', '9');
    }

    private static bool IsProse(string passage)
    {
        var trimmed = passage.TrimEnd();
        if (trimmed.Length == 0 || trimmed[^1] is not ('.' or '!' or '?' or '"' or '”'))
        {
            return false;
        }

        var sentences = 1;
        for (var i = 0; i + 1 < trimmed.Length - 1; i++)
        {
            if (trimmed[i] is '.' or '!' or '?' && char.IsWhiteSpace(trimmed[i + 1]))
            {
                sentences++;
            }
        }

        return WordCount(trimmed) >= ProseWordsPerSentence * sentences;
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
