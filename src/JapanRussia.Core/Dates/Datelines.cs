namespace JapanRussia.Core.Dates;

/// <summary>
/// Recognises a news dateline around a date ("SINGAPORE, Nov. 14 (Reuters) -", "MOSCOW, Dec. 15, 2016 (AP) —"): a line
/// that opens with a place in capitals and a comma, the date, an optional agency in brackets, then a dash. A dateline
/// starts a new story, so a date in it must not borrow a year from the text before it.
/// </summary>
internal sealed class Datelines(string text, List<Token> tokens) : TokenCursor(text, tokens)
{
    private const int MaxPlaceWords = 4;

    private const int MaxAgencyWords = 4;

    public bool IsDateline(int first, int end) => PlaceBefore(first) && DashAfter(end);

    /// <summary>A comma before the date, and before that up to a few words in capitals that open a line.</summary>
    private bool PlaceBefore(int first)
    {
        var k = first - 1;
        if (!IsSymbol(k, ','))
        {
            return false;
        }

        for (var words = 0; words < MaxPlaceWords; words++)
        {
            k--;
            if (!IsAnyWord(k) || !IsAllCapitals(k))
            {
                return false;
            }

            if (k == 0 || Tokens[k].NewlineBefore)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A dash after the date, possibly after the agency's name in brackets.</summary>
    private bool DashAfter(int end)
    {
        var k = end;
        if (IsSymbol(k, '('))
        {
            var close = k + 1;
            while (close < Count && close <= k + MaxAgencyWords && !IsSymbol(close, ')'))
            {
                close++;
            }

            if (!IsSymbol(close, ')'))
            {
                return false;
            }

            k = close + 1;
        }

        return IsSymbolIn(k, "-–—");
    }

    private bool IsAllCapitals(int k)
    {
        var word = Span(k);
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
