using JapanRussia.Core.Dates;
using JapanRussia.Core.Documents;

namespace JapanRussia.Core.Events;

/// <summary>A date expression's place among a sentence's tokens: tokens [First, End).</summary>
internal sealed record DateSlot(DateMention Mention, int First, int End)
{
    public HistoricalDate Date => Mention.Date;
}

/// <summary>A sentence with at least one date: its tokens, the dates in it, and where its clauses begin and end.</summary>
internal sealed class DatedSentence
{
    public DatedSentence(string text, TextSpan span, IEnumerable<DateMention> dates)
    {
        Text = text;
        Span = span;
        Tokens = Tokenizer.Tokenize(text, span.Start, span.End);
        Dates = [];
        foreach (var date in dates)
        {
            var first = Tokens.FindIndex(t => t.End > date.Start);
            if (first < 0)
            {
                continue;
            }

            var end = first;
            while (end < Tokens.Count && Tokens[end].Start < date.End)
            {
                end++;
            }

            if (end > first)
            {
                Dates.Add(new DateSlot(date, first, end));
            }
        }

        Breaks = FindClauseBreaks(Tokens);
    }

    /// <summary>A sentence without a date of its own, read as if it opened with <paramref name="borrowed"/> (a context's date).</summary>
    public static DatedSentence Borrowing(string text, TextSpan span, DateMention borrowed)
    {
        var sentence = new DatedSentence(text, span, []);
        sentence.Dates.Add(new DateSlot(borrowed, 0, 0));
        return sentence;
    }

    public string Text { get; }

    public TextSpan Span { get; }

    public List<Token> Tokens { get; }

    public List<DateSlot> Dates { get; }

    /// <summary>Token indices where a new clause starts (the first is always 0).</summary>
    public List<int> Breaks { get; }

    public int Count => Tokens.Count;

    public string Slice(int first, int end) =>
        first >= end ? string.Empty : Text[Tokens[first].Start..Tokens[end - 1].End];

    /// <summary>The clause [start, end) that holds token <paramref name="index"/>.</summary>
    public (int Start, int End) ClauseOf(int index)
    {
        var start = 0;
        var end = Count;
        foreach (var b in Breaks)
        {
            if (b <= index)
            {
                start = b;
            }
            else
            {
                end = b;
                break;
            }
        }

        return (start, end);
    }

    private static List<int> FindClauseBreaks(List<Token> tokens)
    {
        var cues = CueBook.Get;
        var breaks = new List<int> { 0 };
        var depth = 0;
        var inRelative = false;
        for (var i = 1; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.CountsBracket(ref depth))
            {
                continue;
            }

            if (depth > 0)
            {
                continue;
            }

            if (token.Text is ";" or "—" || (token.Text is "–" or "-" && IsSpaced(tokens, i)))
            {
                breaks.Add(i + 1 < tokens.Count ? i + 1 : i);
                inRelative = false;
                continue;
            }

            // A comma closes a relative clause when a verb follows it: "…, on which neither side was prepared to give
            // ground, Japan's relations … improved".
            if (token.Text == "," && inRelative && SegmentHasVerb(tokens, i + 1))
            {
                breaks.Add(i);
                inRelative = false;
                continue;
            }

            if (!token.IsWord || token.IsCapitalised)
            {
                continue;
            }

            var afterComma = tokens[i - 1].Text == ",";
            var lower = token.Lower;
            if ((afterComma && cues.ClauseBreakWords.Contains(lower) && !IsAsWellAs(tokens, i)) ||
                lower is "where" or "when" or "which" or "whereas" ||
                (lower == "until" && i + 1 < tokens.Count && tokens[i + 1].Lower is "a" or "an" or "the"))
            {
                breaks.Add(afterComma ? i - 1 : i);
                inRelative = lower is "which" or "who" or "whose" or "where";
            }
        }

        return breaks.Distinct().Order().ToList();
    }

    private static bool SegmentHasVerb(List<Token> tokens, int start)
    {
        for (var i = start; i < tokens.Count && tokens[i].Text is not ("," or ";" or "—"); i++)
        {
            if (VerbCues.IsVerbLike(tokens, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSpaced(List<Token> tokens, int i) =>
        (i > 0 && tokens[i - 1].End < tokens[i].Start && i + 1 < tokens.Count && tokens[i].End < tokens[i + 1].Start);

    private static bool IsAsWellAs(List<Token> tokens, int i) =>
        tokens[i].Lower == "as" && i + 2 < tokens.Count && tokens[i + 1].Lower == "well";
}
