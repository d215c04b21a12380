namespace JapanRussia.Core.Dates;

/// <summary>
/// Decides from a number's neighbours that a year-like number is not a year: money ("US$2000"), a count
/// ("2000 troops"), a clock time ("1100 AM"), an identifier ("No. 1956", "p. 1956"), a code or phone number ("1956-2345"), a percentage,
/// a street address, or a person's life span ("Woodrow Wilson (1856–1924)").
/// </summary>
internal sealed class ContextGuards(string text, List<Token> tokens) : TokenCursor(text, tokens)
{
    /// <summary>Life spans run this many years; a parenthesised range outside it is a period, not a life.</summary>
    private const int ShortestLife = 15;

    private const int LongestLife = 110;

    public bool IsNonDateNumber(int first, int end)
    {
        var before = first - 1;
        // "#1956" is a number; "## 1956" is a Markdown heading.
        if (IsSymbolIn(before, DateVocabulary.CurrencySigns) || IsSymbolIn(before, "+№") || (IsSymbol(before, '#') && Touches(first)))
        {
            return true;
        }

        var lead = IsSymbol(before, '.') ? before - 1 : before;
        if (IsAnyWord(lead) && Info(lead).Has(WordRole.IdentifierLead))
        {
            return true;
        }

        // Part of a digit chain: "978-5-1956-…", "12:1956", "+7 495 1956 2345".
        if (IsSymbolIn(before, "-/.:") && Touches(first) && IsNumber(before - 1) && Touches(before))
        {
            return true;
        }

        return (IsNumber(before) && !Tokens[first].NewlineBefore && !IsOrdinal(before)) || (end < Count && IsNonDateAfter(end));
    }

    /// <summary>What follows the number makes it no date: a percent sign, a clock, a digit chain, a count noun, a street.</summary>
    private bool IsNonDateAfter(int end)
    {
        if (IsSymbol(end, '%'))
        {
            return true;
        }

        if (IsClockTime(end))
        {
            return true;
        }

        if (IsSymbolIn(end, "-/.:") && Touches(end) && IsNumber(end + 1) && Touches(end + 1))
        {
            return true;
        }

        if (IsNumber(end) && !Tokens[end].NewlineBefore && Tokens[end].DigitsEnd - Tokens[end].Start >= 3)
        {
            return true;
        }

        if (IsAnyWord(end))
        {
            var next = Info(end);
            if (next.Has(WordRole.CountNoun))
            {
                return true;
            }

            // "1956 Main Street", "2000 Avenue Road"
            if (next.Has(WordRole.StreetWord) && IsCapitalisedWord(end))
            {
                return true;
            }

            if (IsCapitalisedWord(end) && IsCapitalisedWord(end + 1) && Info(end + 1).Has(WordRole.StreetWord))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"1100 AM", "[1100.AM]", "1145 p.m.": a clock marker right after the number.</summary>
    private bool IsClockTime(int end)
    {
        var marker = IsSymbol(end, '.') && Touches(end) ? end + 1 : end;
        return DateVocabulary.ClockMarkers.Any(words => MatchPhrase(marker, words, out _));
    }

    /// <summary>
    /// "Woodrow Wilson (1856–1924)": a bracketed year range right after two capitalised words, spanning a
    /// human lifetime, is a person's dates and says nothing about the events in the text.
    /// </summary>
    public bool IsLifeSpan(int first, int end, int fromYear, int toYear)
    {
        var length = toYear - fromYear;
        if (length is < ShortestLife or > LongestLife || !IsSymbol(first - 1, '(') || !IsSymbol(end, ')'))
        {
            return false;
        }

        // "The Kuril Islands (1875–1945)": a name after an article is a place or thing, not a person.
        return IsNameWord(first - 2) && IsNameWord(first - 3) && !IsWord(first - 4, "the");
    }

    private bool IsNameWord(int i) =>
        IsCapitalisedWord(i) && !Info(i).Has(WordRole.Month) && !Info(i).Has(WordRole.Opener)
        && !Info(i).Has(WordRole.BareMonthLead);

    private bool IsOrdinal(int i)
    {
        var t = Tokens[i];
        return t.HasSuffix && IsOrdinalSuffix(Text.AsSpan(t.DigitsEnd, t.End - t.DigitsEnd));
    }
}
