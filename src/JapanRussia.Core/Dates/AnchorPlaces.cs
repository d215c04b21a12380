namespace JapanRussia.Core.Dates;

/// <summary>
/// Where an earlier date lies relative to the date that leans on it: the same sentence, the sentence before, an earlier
/// sentence of the paragraph, or an earlier paragraph. Sentences are told apart by a full stop, question or exclamation
/// mark followed by white space; paragraphs by a blank line.
/// </summary>
internal static class AnchorPlaces
{
    public static DateAnchorKind Between(string text, int anchorEnd, int mentionStart)
    {
        if (anchorEnd > mentionStart)
        {
            return DateAnchorKind.SameSentence;
        }

        var between = text.AsSpan(anchorEnd, mentionStart - anchorEnd);
        if (between.Contains("\n\n", StringComparison.Ordinal) || between.Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            return DateAnchorKind.EarlierParagraph;
        }

        var stops = SentenceStops(between);
        return stops switch
        {
            0 => DateAnchorKind.SameSentence,
            1 => DateAnchorKind.SentenceBefore,
            _ => DateAnchorKind.EarlierSentence,
        };
    }

    private static int SentenceStops(ReadOnlySpan<char> span)
    {
        var count = 0;
        for (var i = 0; i + 1 < span.Length; i++)
        {
            if (span[i] is '.' or '?' or '!' && char.IsWhiteSpace(span[i + 1]) && !IsInitial(span, i))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>"Leonid I. Brezhnev", "U.S. troops": a single letter before the stop is an initial, not a sentence end.</summary>
    private static bool IsInitial(ReadOnlySpan<char> span, int stop) =>
        stop >= 1 && char.IsLetter(span[stop - 1]) && (stop == 1 || !char.IsLetter(span[stop - 2]));
}
