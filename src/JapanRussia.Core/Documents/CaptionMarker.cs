namespace JapanRussia.Core.Documents;

/// <summary>
/// Tells image captions from text among the short passages at the end of a document: a fragment among other short
/// lines is a caption; a whole sentence in the past tense, a passage of whole sentences, a chronology's entry or date
/// line is not.
/// </summary>
internal static class CaptionMarker
{
    private const int CaptionMaxWords = 30;

    /// <summary>Prose sentences average at least this many words; captions are fragments.</summary>
    private const int ProseWordsPerSentence = 10;

    /// <summary>
    /// Short fragments that sit among other short lines at the end of a document are image captions; a full prose
    /// sentence there is still a paragraph.
    /// </summary>
    public static List<PassageSpan> MarkCaptions(List<PassageSpan> passages)
    {
        var lastLong = passages.FindLastIndex(p => p.Kind == PassageKind.Paragraph && PassageSplitter.WordCount(p.Text) > CaptionMaxWords && IsProse(p.Text));
        for (var i = lastLong + 1; i < passages.Count; i++)
        {
            var passage = passages[i];
            var shortNeighbour = (i > lastLong + 1 && PassageSplitter.WordCount(passages[i - 1].Text) <= CaptionMaxWords) ||
                                 (i + 1 < passages.Count && PassageSplitter.WordCount(passages[i + 1].Text) <= CaptionMaxWords);
            if (lastLong >= 0 && passage.Kind is PassageKind.Paragraph or PassageKind.Heading && shortNeighbour &&
                PassageSplitter.WordCount(passage.Text) <= 2 * CaptionMaxWords && !IsProse(passage.Text) && !IsPastTenseSentence(passage.Text) && !IsTimelineEntry(passage.Text) && !OpensWithNumber(passage.Text))
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

        return PassageSplitter.WordCount(trimmed) >= ProseWordsPerSentence * sentences;
    }
}
