namespace JapanRussia.Core.Events;

/// <summary>
/// A date inside a noun phrase: a thing named by its date ("the 1951 peace treaty"), an occasion named with it
/// ("Putin's 2000 Tokyo visit"), or a named thing "of &lt;date&gt;" mentioned in passing.
/// </summary>
internal static class AttributiveStage
{
    internal static DateReading? ReadAttributive(DatedSentence s, DateSlot slot)
    {
        var tokens = s.Tokens;
        if (slot.First == 0 || slot.End >= s.Count)
        {
            return null;
        }

        var next = tokens[slot.End];
        var previous = tokens[slot.First - 1];
        var possessive = previous.IsPossessive;
        if (!next.IsWord || next.IsNumber || RoleWords.FunctionWords.Contains(next.Text) || !(possessive || RoleWords.Determiners.Contains(previous.Text)))
        {
            return null;
        }

        if (VerbCues.IsVerbLike(tokens, slot.End) && !next.IsCapitalised)
        {
            return null;
        }

        var head = OccasionHead(s, slot.End);
        if (head < 0)
        {
            return new DateReading(slot, DateRole.Reference, slot.First, slot.End, RoleReasons.NamedByDate);
        }

        var indefinite = previous.Is("a") || previous.Is("an");
        if (!possessive && !indefinite)
        {
            // "at the 2018 East Asia Summit": the occasion dates the clause it stands in.
            return null;
        }

        var start = possessive ? OwnerStart(tokens, slot.First - 1) : slot.First - 1;
        return new DateReading(slot, DateRole.Occasion, start, OccasionEnd(s, head), RoleReasons.Occasion);
    }

    /// <summary>The occasion noun within the few words after the date ("2000 Tokyo visit"), or -1.</summary>
    private static int OccasionHead(DatedSentence s, int from)
    {
        var tokens = s.Tokens;
        for (var i = from; i < Math.Min(s.Count, from + 5); i++)
        {
            var t = tokens[i];
            if (!t.IsWord || RoleWords.FunctionWords.Contains(t.Text) || RoleWords.Prepositions.Contains(t.Text))
            {
                return -1;
            }

            if (CueBook.Get.OccasionNouns.ContainsKey(t.Text))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Where the possessive owner's name starts ("President Vladimir Putin's 2000 visit").</summary>
    private static int OwnerStart(List<Token> tokens, int start)
    {
        while (start > 0 && tokens[start - 1].IsWord && (tokens[start - 1].IsCapitalised || tokens[start - 1].Text.Contains('-', StringComparison.Ordinal) || CueBook.Get.RoleWords.Contains(tokens[start - 1].Text)) &&
               !tokens[start - 1].IsPossessive && !RoleWords.Prepositions.Contains(tokens[start - 1].Text) && !tokens[start - 1].Is("the"))
        {
            start--;
        }

        return start;
    }

    /// <summary>Where the occasion's words end: after its head, or after what it is "to", "between", "with", "in" or "of".</summary>
    private static int OccasionEnd(DatedSentence s, int head)
    {
        var tokens = s.Tokens;
        var end = head + 1;
        if (end < s.Count && tokens[end].IsWord && tokens[end].Lower is "to" or "between" or "with" or "in" or "of")
        {
            while (end < s.Count && tokens[end].Text is not ("," or ";" or ":" or "—" or "(") && !(tokens[end].Text == "." && end == s.Count - 1) &&
                   !(tokens[end].Is("and") && !tokens[head].Is("meeting") && !tokens[head].Is("talks") && !tokens[head].Is("summit")))
            {
                end++;
            }
        }

        return end;
    }

    internal static bool IsPostpositiveReference(DatedSentence s, DateSlot slot, int clauseStart)
    {
        var tokens = s.Tokens;
        if (slot.First < 2 || !tokens[slot.First - 1].Is("of") || !tokens[slot.First - 2].IsWord || RoleWords.DatePhraseNouns.Contains(tokens[slot.First - 2].Text))
        {
            return false;
        }

        var first = tokens[clauseStart];
        var subjectStart = first.Is("the") || first.Is("a") || first.Is("an") || (first.IsCapitalised && !RoleWords.Prepositions.Contains(first.Text));
        if (!subjectStart)
        {
            return true;
        }

        for (var i = clauseStart; i < slot.First; i++)
        {
            if (VerbCues.IsVerbLike(tokens, i))
            {
                return true;
            }
        }

        return false;
    }
}
