using JapanRussia.Core.Dates;

namespace JapanRussia.Core.Events;

/// <summary>
/// Checks that a headline stands alone: its subject stated, nothing left pointing back, not cut mid-phrase, words
/// well formed, not a bare date, at most <see cref="MaxLength"/> characters. Used by the tests and the score.
/// </summary>
public static class TitleReadability
{
    public const int MaxLength = 100;

    public static bool IsReadable(string title) => Check(title).Count == 0;

    public static IReadOnlyList<TitleProblem> Check(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var problems = new List<TitleProblem>();
        var book = HeadlineBook.Get;
        var tokens = Tokenizer.Tokenize(title, 0, title.Length);
        var words = tokens.Where(t => t.IsWord).ToList();
        if (words.Count == 0 || !char.IsLetterOrDigit(title[0]) && title[0] is not ('"' or '“' or '‘') || StartsWithDate(title))
        {
            problems.Add(TitleProblem.DateOrMarker);
            return problems;
        }

        if (book.Pronouns.Contains(words[0].Text) || (book.Demonstratives.Contains(words[0].Text) && words.Count > 1))
        {
            problems.Add(TitleProblem.UnstatedSubject);
        }

        if (Unquoted(tokens).Skip(1).SkipLast(1).Any(w => book.DanglingDemonstratives.Contains(w.Text)))
        {
            problems.Add(TitleProblem.DanglingReference);
        }

        if (IsCut(tokens, words))
        {
            problems.Add(TitleProblem.Cut);
        }

        if (words.Any(w => !w.IsCapitalised && !w.IsNumber && book.GarbledEndings.Any(e => w.Lower.EndsWith(e, StringComparison.Ordinal))))
        {
            problems.Add(TitleProblem.Garbled);
        }

        if (title.Length > MaxLength)
        {
            problems.Add(TitleProblem.TooLong);
        }

        return problems;
    }

    /// <summary>The words outside quotation marks: a quotation is the source's words, not the headline's.</summary>
    private static IEnumerable<Token> Unquoted(List<Token> tokens)
    {
        var quoted = false;
        foreach (var token in tokens)
        {
            quoted ^= token.Text is "\"" or "“" or "”";
            if (!quoted && token.IsWord)
            {
                yield return token;
            }
        }
    }

    private static bool IsCut(List<Token> tokens, List<Token> words)
    {
        var book = HeadlineBook.Get;
        var last = tokens[^1];
        if (!last.IsWord && last.Text is not (")" or "\"" or "”" or "’" or "."))
        {
            return true;
        }

        var quotes = tokens.Count(t => t.Text == "\"");
        var opened = tokens.Count(t => t.Text is "(" or "[") != tokens.Count(t => t.Text is ")" or "]");
        var lastWord = words[^1];

        // "…returns to Moscow four years": a span of time with nothing after it was "four years after …".
        var hangingTime = book.TimeNouns.Contains(lastWord.Text) && words.Count > 1 && (words[^2].IsNumber || book.QuantityWords.Contains(words[^2].Text));

        // "The Foreign Minister of Russia announces": a reporting verb with nothing reported.
        var reportWithoutWhat = words.Count <= 7 && (book.ReportingPresent.Contains(lastWord.Text) || CueBook.Get.ReportingVerbs.Contains(lastWord.Text));
        return quotes % 2 == 1 || opened || (last.IsWord && CueBook.Get.TitleEndStopWords.Contains(lastWord.Text)) || hangingTime || reportWithoutWhat;
    }

    private static bool StartsWithDate(string title)
    {
        var dates = DateRecognizer.Recognize(title, null);
        return dates.Count > 0 && dates[0].Start == 0 || dates.Any(d => d.Length * 10 >= title.Trim().Length * 8);
    }
}
