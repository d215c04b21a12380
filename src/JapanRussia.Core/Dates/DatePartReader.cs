namespace JapanRussia.Core.Dates;

/// <summary>
/// The small parts a core date is read from: a decade ("1960s"), a century in words or digits ("nineteenth century",
/// "19th-century"). Old Style pairs of days are read by <see cref="OldStyleDates"/>.
/// </summary>
internal class DatePartReader(string text, List<Token> tokens) : TokenCursor(text, tokens)
{
    public bool TryDecade(int j, out int decade)
    {
        var t = Tokens[j];
        decade = 0;
        return Text.AsSpan(t.DigitsEnd, t.End - t.DigitsEnd).SequenceEqual("s")
            && int.TryParse(Text.AsSpan(t.Start, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out decade)
            && decade % 10 == 0 && DateRules.IsValidYear(decade) && DateRules.IsValidYear(decade + 9);
    }

    public CoreDate? ParseCenturyWords(int j)
    {
        foreach (var (words, century) in DateVocabulary.CenturyOrdinals)
        {
            if (MatchPhrase(j, words, out var end) && CenturyNounAt(end, out var after))
            {
                return new CoreDate(DatePoint.ForCentury(century), j, after);
            }
        }

        return null;
    }

    public CoreDate? ParseCenturyNumber(int j)
    {
        var t = Tokens[j];
        if (!t.HasSuffix || !IsOrdinalSuffix(Text.AsSpan(t.DigitsEnd, t.End - t.DigitsEnd))
            || !int.TryParse(Text.AsSpan(t.Start, t.DigitsEnd - t.Start), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var century)
            || century is < 11 or > 21 || !CenturyNounAt(j + 1, out var after))
        {
            return null;
        }

        return new CoreDate(DatePoint.ForCentury(century), j, after);
    }

    /// <summary>"century", also in the adjective "19th-century".</summary>
    public bool CenturyNounAt(int k, out int after)
    {
        if (IsSymbol(k, '-') && Touches(k) && IsWord(k + 1, "century") && Touches(k + 1))
        {
            after = k + 2;
            return true;
        }

        after = k + 1;
        return IsWord(k, "century");
    }
}
