namespace JapanRussia.Core.Dates;

/// <summary>
/// The small parts a core date is read from: an Old Style/New Style pair of days ("(May 7)"), a decade ("1960s"), a
/// century in words or digits ("nineteenth century", "19th-century").
/// </summary>
internal class DatePartReader(string text, List<Token> tokens) : TokenCursor(text, tokens)
{
    /// <summary>"(May 7)" or "(7 May)" after a Julian day.</summary>
    public bool TryDualDay(int k, int julianMonth, out int month, out int day, out int end)
    {
        month = julianMonth;
        day = 0;
        end = k;
        if (!IsSymbol(k, '('))
        {
            return false;
        }

        var m = k + 1;
        if (IsAnyWord(m) && DateWords.MatchMonth(Span(m), false, out _) is var first and > 0)
        {
            month = first;
            m++;
            if (!TryDay(m, out day))
            {
                return false;
            }

            m++;
        }
        else if (TryDay(m, out day))
        {
            m++;
            if (IsAnyWord(m) && DateWords.MatchMonth(Span(m), false, out _) is var second and > 0)
            {
                month = second;
                m++;
            }
        }
        else
        {
            return false;
        }

        if (!IsSymbol(m, ')'))
        {
            return false;
        }

        end = m + 1;
        return true;
    }

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
