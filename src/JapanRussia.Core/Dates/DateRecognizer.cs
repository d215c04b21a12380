namespace JapanRussia.Core.Dates;

/// <summary>
/// Finds date expressions in prose and normalises them. No I/O; safe to share between threads.
/// </summary>
/// <remarks>
/// Pipeline: <see cref="DateTokenizer"/> (one pass) → <see cref="DateGrammar"/> at each token, longest
/// expression first, skipping page-furniture lines (<see cref="PageFurniture"/>) → <see cref="ReferenceResolver"/>
/// in text order, which fills in omitted years and counts relative phrases → <see cref="DateLabelFormatter"/>.
/// Spans: plain prepositions and articles ("in", "on", "the") are left out; qualifiers ("early", "by", "c."),
/// range words ("from … to", "between … and") and whole relative phrases ("the following year") are kept.
/// Early/mid/late keep the whole span of what they qualify (the qualifier says where in it); "first/second half
/// of" narrow it exactly. Before/after/circa keep the anchor's span and say how it bounds the event.
/// </remarks>
public static partial class DateRecognizer
{
    /// <summary>
    /// Recognises every date expression in <paramref name="text"/>, in order of position. Underspecified dates
    /// ("on November 1", "the following year", "said Monday") are resolved against the preceding text and,
    /// failing that, against <paramref name="publishedOn"/>. Never throws; null or empty text has no dates.
    /// </summary>
    public static IReadOnlyList<DateMention> Recognize(string text, DateOnly? publishedOn = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var tokens = DateTokenizer.Tokenize(text);
        var grammar = new DateGrammar(text, tokens);
        var furniture = new PageFurniture(text, tokens);
        var resolver = new ReferenceResolver(publishedOn);
        var mentions = new List<DateMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            if ((i == 0 || tokens[i].NewlineBefore) && furniture.IsFurnitureLine(i, out var nextLine))
            {
                i = nextLine;
                continue;
            }

            if (grammar.ParseAt(i) is not { } expression)
            {
                i++;
                continue;
            }

            if (resolver.Resolve(expression) is { } date)
            {
                mentions.Add(new DateMention(tokens[expression.FirstToken].Start, tokens[expression.EndToken - 1].End, date));
            }

            i = Math.Max(expression.EndToken, i + 1);
        }

        return mentions;
    }
}
