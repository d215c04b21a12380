namespace JapanRussia.Core.Dates;

/// <summary>
/// Turns what the resolver leaned on into a <see cref="DateProvenance"/> with the source's own words: the expression
/// with the preposition that leads it ("on Sunday", "in May"), and where the anchor date lies in the text.
/// </summary>
internal static class ProvenanceReader
{
    public static DateProvenance For(ResolvedDate resolved, string text, List<Token> tokens, int firstToken, int endToken)
    {
        if (resolved.Kind == DateProvenanceKind.Stated)
        {
            return DateProvenance.Stated;
        }

        var start = tokens[firstToken].Start;
        var anchor = resolved.AnchorEnd >= 0 ? AnchorPlaces.Between(text, resolved.AnchorEnd, start) : resolved.Anchor;
        return new DateProvenance(resolved.Kind, Phrase(text, tokens, firstToken, endToken), anchor, resolved.AnchorDate);
    }

    public static DateProvenance ForOldStyle(OldStyleDates.Reading reading, string text, List<Token> tokens)
    {
        if (reading.JulianDay is not { } julian)
        {
            return DateProvenance.Stated;
        }

        var kind = reading.BothGiven ? DateProvenanceKind.DualDated : DateProvenanceKind.Converted;
        var phrase = text[tokens[reading.FirstToken].Start..tokens[reading.EndToken - 1].End];
        return new DateProvenance(kind, phrase, DateAnchorKind.OldStyleDate, DateLabelFormatter.Days(julian, julian.AddDays(reading.ExtraDays)));
    }

    private static string Phrase(string text, List<Token> tokens, int firstToken, int endToken)
    {
        var first = firstToken;
        if (first > 0 && tokens[first - 1].Kind == TokenKind.Word && IsLeadWord(text.AsSpan(tokens[first - 1].Start, tokens[first - 1].End - tokens[first - 1].Start)))
        {
            first--;
        }

        return text[tokens[first].Start..tokens[endToken - 1].End];
    }

    private static bool IsLeadWord(ReadOnlySpan<char> word)
    {
        foreach (var lead in DateVocabulary.BareMonthLeadWords.Concat(DateVocabulary.WeekdayLeadWords))
        {
            if (word.Equals(lead, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
