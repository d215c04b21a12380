namespace JapanRussia.Core.Events;

/// <summary>
/// A date that dates a quantity, not a happening: "In 2015, trade came to 1.3 billion dollars", "by 1990 the
/// population had grown to 30,000". The clause's verb is one of amount and a number follows it.
/// </summary>
internal static class QuantityStage
{
    private const int NumberReach = 4;

    public static bool IsQuantity(DatedSentence s, DateSlot slot, int clauseStart, int clauseEnd)
    {
        var words = new List<string>();
        for (var i = clauseStart; i < clauseEnd; i++)
        {
            if (i >= slot.First && i < slot.End)
            {
                continue;
            }

            var token = s.Tokens[i];
            if (!token.IsWord)
            {
                continue;
            }

            words.Add(token.Lower);
            foreach (var phrase in RoleWords.QuantityVerbs)
            {
                if (WordPhrases.EndsWith(words, phrase) && NumberFollows(s, i + 1, clauseEnd))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A number right after the verb, past a currency sign or a hedge ("about", "nearly", "more than").</summary>
    private static bool NumberFollows(DatedSentence s, int start, int clauseEnd)
    {
        for (var i = start; i < Math.Min(clauseEnd, start + NumberReach); i++)
        {
            var token = s.Tokens[i];
            if (token.IsNumber || RoleWords.CountingWords.Contains(token.Text))
            {
                return true;
            }

            if (token.IsWord && !RoleWords.AmountHedges.Contains(token.Text))
            {
                return false;
            }
        }

        return false;
    }
}
