namespace JapanRussia.Core.Dates;

internal enum TokenKind : byte
{
    Word,
    Number,
    Symbol,
}

[Flags]
internal enum TokenFlags : byte
{
    None = 0,

    /// <summary>White space separates this token from the one before.</summary>
    SpaceBefore = 1,

    /// <summary>A line break separates this token from the one before (implies <see cref="SpaceBefore"/>).</summary>
    NewlineBefore = 2,

    /// <summary>A number written with thousands separators ("1,000"): a count, never a year.</summary>
    Grouped = 4,

    /// <summary>A number with a decimal part ("4.4"): never a year or day.</summary>
    Decimal = 8,

    /// <summary>A word with digits in it ("G20", "COVID19"): an identifier.</summary>
    Mixed = 16,
}

/// <summary>
/// One token. For numbers, [Start, DigitsEnd) holds the digits and [DigitsEnd, End) any letter suffix
/// ("1960s", "17th").
/// </summary>
internal readonly record struct Token(TokenKind Kind, TokenFlags Flags, int Start, int End, int DigitsEnd)
{
    public bool HasSuffix => DigitsEnd < End;

    public bool SpaceBefore => (Flags & TokenFlags.SpaceBefore) != 0;

    public bool NewlineBefore => (Flags & TokenFlags.NewlineBefore) != 0;
}

/// <summary>
/// Splits text into words, numbers and single-character symbols in one pass. Hand-written rather than a regex
/// because the grammar needs the tokens' neighbours (what precedes a year decides whether it is money), which a
/// non-backtracking regex cannot look at, and because one linear pass keeps throughput high.
/// </summary>
internal static class DateTokenizer
{
    /// <summary>Character classes for ASCII, looked up once per character; other characters take the slow path.</summary>
    private static readonly CharClass[] AsciiClass = BuildAsciiClass();

    private enum CharClass : byte
    {
        Other,
        Space,
        Newline,
        Digit,
        Letter,
    }

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(Math.Max(16, text.Length / 5));
        var flags = TokenFlags.None;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var kind = Classify(c);
            if (kind == CharClass.Space)
            {
                flags |= TokenFlags.SpaceBefore;
                i++;
                continue;
            }

            if (kind == CharClass.Newline)
            {
                flags |= TokenFlags.SpaceBefore | TokenFlags.NewlineBefore;
                i++;
                continue;
            }

            var start = i;
            if (kind == CharClass.Digit)
            {
                i = ScanNumber(text, i, ref flags, out var digitsEnd);
                tokens.Add(new Token(TokenKind.Number, flags, start, i, digitsEnd));
            }
            else if (kind == CharClass.Letter)
            {
                i = ScanWord(text, i, ref flags);
                tokens.Add(new Token(TokenKind.Word, flags, start, i, i));
            }
            else
            {
                i++;
                tokens.Add(new Token(TokenKind.Symbol, flags, start, i, i));
            }

            flags = TokenFlags.None;
        }

        return tokens;
    }

    /// <summary>The end of the word starting at <paramref name="i"/>; a digit inside it marks it mixed ("G20").</summary>
    private static int ScanWord(string text, int i, ref TokenFlags flags)
    {
        i++;
        while (i < text.Length)
        {
            var next = Classify(text[i]);
            if (next == CharClass.Digit)
            {
                flags |= TokenFlags.Mixed;
            }
            else if (next != CharClass.Letter)
            {
                break;
            }

            i++;
        }

        return i;
    }

    private static CharClass Classify(char c)
    {
        if (c < 128)
        {
            return AsciiClass[c];
        }

        return char.IsWhiteSpace(c) ? CharClass.Space : char.IsLetter(c) ? CharClass.Letter : CharClass.Other;
    }

    private static CharClass[] BuildAsciiClass()
    {
        var table = new CharClass[128];
        for (var c = 0; c < 128; c++)
        {
            var ch = (char)c;
            table[c] = ch is '\n' or '\r' ? CharClass.Newline
                : char.IsWhiteSpace(ch) ? CharClass.Space
                : char.IsAsciiDigit(ch) ? CharClass.Digit
                : char.IsAsciiLetter(ch) ? CharClass.Letter
                : CharClass.Other;
        }

        return table;
    }

    private static int ScanNumber(string text, int i, ref TokenFlags flags, out int digitsEnd)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        // "1,000" and "12,500,000" are counts; a comma followed by a space ("1956, 1957") is not grouping.
        if (i - start <= 3)
        {
            while (i < text.Length && text[i] == ',' && IsDigitRun(text, i + 1, 3))
            {
                flags |= TokenFlags.Grouped;
                i += 4;
            }
        }

        // "4.4 billion" is a quantity; "1904.5" too. Only when a digit follows the stop, so "in 1956." stays a year.
        var inDottedChain = start >= 2 && text[start - 1] == '.' && char.IsAsciiDigit(text[start - 2]);
        if (!inDottedChain && i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]) && (flags & TokenFlags.Grouped) == 0)
        {
            var j = i + 1;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            // "22.03.2022" is a dotted date, not a decimal: leave it as separate tokens.
            if (!(j + 1 < text.Length && text[j] == '.' && char.IsAsciiDigit(text[j + 1])))
            {
                flags |= TokenFlags.Decimal;
                i = j;
            }
        }

        digitsEnd = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsDigitRun(string text, int start, int length)
    {
        if (start + length > text.Length)
        {
            return false;
        }

        for (var k = start; k < start + length; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                return false;
            }
        }

        return start + length == text.Length || !char.IsAsciiDigit(text[start + length]);
    }
}
