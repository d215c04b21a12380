using System.Text;

namespace JapanRussia.Core.Events;

/// <summary>
/// Fits a headline within its length: a participial tail or a quotation is cut, titles before a known name go, the
/// subject's trailing phrases go, and a cut falls on a phrase boundary, never on a dangling function word.
/// </summary>
internal static class HeadlineFitting
{
    /// <summary>
    /// "A clash of territorial ambitions in the Manchuria region of northeastern China led to the war" is too long:
    /// drop the subject's trailing prepositional phrases, last first, keeping its head and first complement.
    /// </summary>
    internal static string TrimSubject(List<Token> tokens, List<string> words, string text)
    {
        var verb = HeadlineVerbs.FindVerbIndex(tokens, words);
        while (text.Length > HeadlineWriter.MaxLength && verb > 0)
        {
            var prepositions = Enumerable.Range(1, verb - 1)
                .Where(i => HeadlineBook.Get.TrimmablePrepositions.Contains(tokens[i].Text))
                .ToList();
            if (prepositions.Count < 2)
            {
                break;
            }

            var cut = prepositions[^1];
            tokens.RemoveRange(cut, verb - cut);
            words.RemoveRange(cut, verb - cut);
            verb = cut;
            text = Join(tokens, words);
        }

        return text;
    }

    /// <summary>Drops titles before a known person's name ("Russian President Boris Yeltsin" → "Boris Yeltsin") to fit the length.</summary>
    internal static (List<Token> Tokens, List<string> Words) StripRoles(List<Token> tokens, List<string> words)
    {
        var roles = CueBook.Get.TitleRoleWords;
        var keep = new bool[tokens.Count];
        Array.Fill(keep, true);
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!tokens[i].IsCapitalised || roles.Contains(tokens[i].Text) || Gazetteer.Default.Find(tokens[i].Text, 0).Count == 0 &&
                !(i + 1 < tokens.Count && Gazetteer.Default.Find(tokens[i].Text + " " + tokens[i + 1].Text, 0).Count > 0))
            {
                continue;
            }

            var j = i - 1;
            while (j >= 0 && tokens[j].IsWord && roles.Contains(tokens[j].Text) && keep[j])
            {
                keep[j] = false;
                j--;
            }
        }

        var keptTokens = new List<Token>();
        var keptWords = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (keep[i])
            {
                keptTokens.Add(tokens[i]);
                keptWords.Add(words[i]);
            }
        }

        return (keptTokens, keptWords);
    }

    /// <summary>Cuts at a participial phrase after a comma (", starting diplomatic relations") or an opening quote.</summary>
    internal static int CutPoint(List<Token> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (i >= HeadlineWriter.MinWords && t.Text == "," && i + 1 < tokens.Count && tokens[i + 1].IsWord &&
                (tokens[i + 1].Lower.EndsWith("ing", StringComparison.Ordinal) || HeadlineBook.Get.CutBeforeAfterComma.Contains(tokens[i + 1].Text)))
            {
                return i;
            }

            if (i >= HeadlineWriter.MinWords && t.Text is "\"" or "“" && CueBook.Get.ReportingVerbs.Contains(tokens[i - 1].Text) &&
                !tokens.Skip(i + 1).Take(6).Any(x => x.Text is "\"" or "”"))
            {
                return i + 1 < tokens.Count && tokens[i + 1].IsWord ? tokens.Count : i;
            }

            if (i >= HeadlineWriter.MinWords && t.Text is ":" or ";" or "—")
            {
                return i;
            }
        }

        return tokens.Count;
    }

    internal static string Shorten(List<Token> tokens, List<string> words, string text)
    {
        if (text.Length <= HeadlineWriter.MaxLength)
        {
            return TrimDangling(tokens, words, tokens.Count);
        }

        var cues = CueBook.Get;
        foreach (var strong in (ReadOnlySpan<bool>)[true, false])
        {
            for (var end = tokens.Count - 1; end >= HeadlineWriter.MinWords; end--)
            {
                var boundary = tokens[end].Text == "," || (tokens[end].IsWord && (strong ? HeadlineBook.Get.StrongBoundaries.Contains(tokens[end].Text) : cues.TitleCutWords.Contains(tokens[end].Text)));
                if (!boundary)
                {
                    continue;
                }

                var candidate = TrimDangling(tokens, words, end);
                if (candidate.Length <= HeadlineWriter.MaxLength && candidate.Split(' ').Length >= HeadlineWriter.MinWords + (strong ? 1 : 0))
                {
                    return candidate;
                }
            }
        }

        for (var end = tokens.Count - 1; end >= 1; end--)
        {
            var candidate = TrimDangling(tokens, words, end);
            if (candidate.Length <= HeadlineWriter.MaxLength)
            {
                return candidate;
            }
        }

        return text[..text.LastIndexOf(' ', HeadlineWriter.MaxLength)];
    }

    internal static string TrimDangling(List<Token> tokens, List<string> words, int end)
    {
        var stop = CueBook.Get.TitleEndStopWords;
        var book = HeadlineBook.Get;
        while (end > 1 && (!tokens[end - 1].IsWord && tokens[end - 1].Text is not (")" or "\"" or "”" or "’") || stop.Contains(words[end - 1]) ||
                           (end > 2 && book.TimeNouns.Contains(words[end - 1]) && (tokens[end - 2].IsNumber || book.QuantityWords.Contains(words[end - 2])))))
        {
            // "…returns to Moscow four years [after his first visit]": a span of time without its anchor goes with it.
            end -= stop.Contains(words[end - 1]) || !tokens[end - 1].IsWord ? 1 : 2;
        }

        if (IsDanglingParticiple(tokens, end))
        {
            // "…resumes under an agreement reached [during Putin's visit]": the participle lost what it needs.
            return TrimDangling(tokens, words, end - 1);
        }

        var text = Join(tokens.GetRange(0, end), words.GetRange(0, end));
        var quotes = text.Count(c => c == '"');
        if (quotes % 2 == 1)
        {
            // A quotation cut short is closed and marked as cut; a stray quote mark goes.
            var open = text.LastIndexOf('"');
            text = open < text.Length - 1 && open > 0 && text[open - 1] == ' ' && text.Length + 2 <= HeadlineWriter.MaxLength
                ? text + "…\""
                : text.Replace("\"", string.Empty, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>"an agreement reached", "the talks held": a participle after "a/the" and a noun, its complement cut off.</summary>
    private static bool IsDanglingParticiple(List<Token> tokens, int end)
    {
        if (end < HeadlineWriter.MinWords + 2)
        {
            return false;
        }

        var last = tokens[end - 1];
        var noun = tokens[end - 2];
        return last.IsWord && !last.IsCapitalised && (last.Lower.EndsWith("ed", StringComparison.Ordinal) || CueBook.Get.IrregularPasts.Contains(last.Text)) &&
               noun.IsWord && !noun.IsCapitalised && !RoleWords.FunctionWords.Contains(noun.Text) && !RoleWords.PastBeVerbs.Contains(noun.Text) &&
               RoleWords.Determiners.Contains(tokens[end - 3].Text);
    }

    internal static string Join(List<Token> tokens, List<string> words)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (words[i].Length == 0)
            {
                continue;
            }

            var afterOpeningQuote = builder.Length > 0 && builder[^1] == '"' && builder.ToString().Count(c => c == '"') % 2 == 1;
            var space = builder.Length > 0 && !afterOpeningQuote && (t.Start > tokens[i - 1].End || tokens[i - 1].End != t.Start) &&
                        t.Text is not ("," or "." or ";" or ":" or ")" or "’" or "”") && tokens[i - 1].Text is not ("(" or "“");
            if (space)
            {
                builder.Append(' ');
            }

            builder.Append(words[i]);
        }

        return builder.ToString();
    }

    internal static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
