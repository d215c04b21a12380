namespace JapanRussia.Core.Events;

internal enum TokenKind
{
    Word,
    Punctuation,
}

/// <summary>A word or punctuation mark of a sentence, with its span [Start, End) in the document text.</summary>
internal readonly record struct Token(int Start, int End, string Text, TokenKind Kind)
{
    public string Lower => Text.ToLowerInvariant();

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool IsNumber => Text.Length > 0 && char.IsAsciiDigit(Text[0]);

    public bool Is(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);

    /// <summary>"Putin's", "Abe’s": a possessive that makes what follows belong to someone.</summary>
    public bool IsPossessive => IsWord && Text.Length > 2 && (Text.EndsWith("'s", StringComparison.Ordinal) || Text.EndsWith("’s", StringComparison.Ordinal));

    /// <summary>Counts this token into a bracket <paramref name="depth"/> when it opens or closes one; false when it is no bracket.</summary>
    public bool CountsBracket(ref int depth)
    {
        if (Text is "(" or "[")
        {
            depth++;
            return true;
        }

        if (Text is ")" or "]")
        {
            depth = Math.Max(0, depth - 1);
            return true;
        }

        return false;
    }
}

/// <summary>Splits a span of text into words (letters and digits, with inner apostrophes, hyphens and dots) and marks.</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var j = i + 1;
                while (j < end && (char.IsLetterOrDigit(text[j]) || (IsJoiner(text[j]) && j + 1 < end && char.IsLetterOrDigit(text[j + 1]))))
                {
                    j++;
                }

                tokens.Add(new Token(i, j, text[i..j], TokenKind.Word));
                i = j;
                continue;
            }

            if (c == '-' && i + 1 < end && text[i + 1] == '-')
            {
                tokens.Add(new Token(i, i + 2, "—", TokenKind.Punctuation));
                i += 2;
                continue;
            }

            tokens.Add(new Token(i, i + 1, text[i..(i + 1)], TokenKind.Punctuation));
            i++;
        }

        return tokens;
    }

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '.' or '‑';
}
