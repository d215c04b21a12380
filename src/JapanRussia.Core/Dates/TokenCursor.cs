using System.Globalization;

namespace JapanRussia.Core.Dates;

/// <summary>Read-only helpers over a token list: what a token is, what it says, and how it touches its neighbours.</summary>
internal class TokenCursor(string text, List<Token> tokens)
{
    protected string Text { get; } = text;

    protected List<Token> Tokens { get; } = tokens;

    public int Count => Tokens.Count;

    public Token this[int index] => Tokens[index];

    public ReadOnlySpan<char> Span(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].End - Tokens[i].Start);

    public bool IsWord(int i, string word) =>
        i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.Word && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsAnyWord(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.Word;

    public bool IsSymbol(int i, char symbol) =>
        i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.Symbol && Text[Tokens[i].Start] == symbol;

    public bool IsSymbolIn(int i, string symbols) =>
        i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.Symbol && symbols.Contains(Text[Tokens[i].Start], StringComparison.Ordinal);

    public bool IsNumber(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.Number;

    /// <summary>True when token <paramref name="i"/> touches the token before it (no space between).</summary>
    public bool Touches(int i) => i > 0 && i < Tokens.Count && !Tokens[i].SpaceBefore;

    public bool IsCapitalisedWord(int i) =>
        IsAnyWord(i) && char.IsUpper(Text[Tokens[i].Start]) && (Tokens[i].Flags & TokenFlags.Mixed) == 0;

    public WordInfo Info(int i) => IsAnyWord(i) ? DateWords.Lookup(Span(i)) : default;

    /// <summary>A plain number (no grouping, no decimals, no suffix) of 1..<paramref name="maxDigits"/> digits.</summary>
    public bool TryPlainNumber(int i, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        if (!IsNumber(i))
        {
            return false;
        }

        var t = Tokens[i];
        var digits = t.DigitsEnd - t.Start;
        if ((t.Flags & (TokenFlags.Grouped | TokenFlags.Decimal)) != 0 || t.HasSuffix || digits < minDigits || digits > maxDigits)
        {
            return false;
        }

        return int.TryParse(Text.AsSpan(t.Start, digits), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A four-digit year in the accepted range 1000..2100.</summary>
    public bool TryYear(int i, out int year) =>
        TryPlainNumber(i, 4, 4, out year) && year is >= DateRules.MinYear and <= DateRules.MaxYear;

    /// <summary>A day of the month, optionally ordinal ("1st", "16th"), not the hour of a clock time ("9:47").</summary>
    public bool TryDay(int i, out int day)
    {
        day = 0;
        if (!IsNumber(i))
        {
            return false;
        }

        var t = Tokens[i];
        var digits = t.DigitsEnd - t.Start;
        if ((t.Flags & (TokenFlags.Grouped | TokenFlags.Decimal)) != 0 || digits is < 1 or > 2)
        {
            return false;
        }

        if (t.HasSuffix && !IsOrdinalSuffix(Text.AsSpan(t.DigitsEnd, t.End - t.DigitsEnd)))
        {
            return false;
        }

        if (IsSymbol(i + 1, ':') && Touches(i + 1) && IsNumber(i + 2) && Touches(i + 2))
        {
            return false;
        }

        return int.TryParse(Text.AsSpan(t.Start, digits), NumberStyles.None, CultureInfo.InvariantCulture, out day)
            && day is >= 1 and <= 31;
    }

    public static bool IsOrdinalSuffix(ReadOnlySpan<char> suffix) =>
        suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase);

    /// <summary>Matches a phrase of words and one-character symbols at <paramref name="i"/>; returns the end token.</summary>
    public bool MatchPhrase(int i, string[] words, out int end)
    {
        end = i;
        foreach (var word in words)
        {
            if (end >= Tokens.Count)
            {
                return false;
            }

            var ok = word.Length == 1 && !char.IsLetterOrDigit(word[0])
                ? IsSymbol(end, word[0]) && Touches(end)
                : Tokens[end].Kind != TokenKind.Symbol && Span(end).Equals(word, StringComparison.OrdinalIgnoreCase);
            if (!ok)
            {
                return false;
            }

            end++;
        }

        return true;
    }

    /// <summary>
    /// A dash that joins a range: a single hyphen or en dash, either touching both sides or spaced on both. A
    /// double hyphen ("1972--one month") is a sentence dash, never a range.
    /// </summary>
    public bool IsRangeDash(int i)
    {
        if (!IsSymbolIn(i, "-–‒−—"))
        {
            return false;
        }

        if (IsSymbolIn(i + 1, "-–—") && Touches(i + 1) || IsSymbolIn(i - 1, "-–—") && Touches(i))
        {
            return false;
        }

        var touchesBefore = Touches(i);
        var touchesAfter = Touches(i + 1);
        if (IsSymbol(i, '—'))
        {
            return touchesBefore && touchesAfter;
        }

        return touchesBefore == touchesAfter;
    }
}
