namespace JapanRussia.Core.Events;

/// <summary>
/// Whether a sentence tells what someone did: its first clause opens with a subject (a name, a noun phrase or a
/// pronoun, not a preposition or a subordinator) and goes on to a past-tense verb of action (or a past passive) that
/// is not a saying, and nothing in it is a plan. Used for sentences that take their date from their context, which must not over-reach.
/// </summary>
internal static class Telling
{
    /// <summary>"The leaders also agreed…", "Then they signed…": a word that says the sentence goes on from the one before.</summary>
    public static bool IsContinuing(DatedSentence s)
    {
        var words = WordPhrases.Words(s, 0, s.Count);
        return RoleWords.ContinuingWords.Any(p => WordPhrases.ContainsPhrase(words, p)) &&
               !RoleWords.OtherTimeWords.Any(p => WordPhrases.ContainsPhrase(words, p));
    }

    /// <summary>The most words between "the" and the reporting verb: "The Russian ministry also said".</summary>
    private const int ReporterWords = 4;

    /// <summary>
    /// "The ministry said Moscow has decided …" after "… the Russian Foreign Ministry said Monday.": the reporter of the
    /// lead, named again by the head of its name, goes on with the same statement, so it is dated with the lead.
    /// </summary>
    public static bool IsRestating(DatedSentence s, DatedSentence lead)
    {
        if (s.Count < 3 || !s.Tokens[0].Is("the"))
        {
            return false;
        }

        for (var i = 2; i < Math.Min(s.Count, ReporterWords + 2); i++)
        {
            if (CueBook.Get.ReportingVerbs.Contains(s.Tokens[i].Text))
            {
                var head = RoleWords.ContinuingWords.Any(p => p.Length == 1 && s.Tokens[i - 1].Is(p[0])) ? i - 2 : i - 1;
                return head > 0 && s.Tokens[head].IsWord && !s.Tokens[head].IsCapitalised && SaidBy(lead, s.Tokens[head].Lower);
            }

            if (!s.Tokens[i].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="noun"/> ends the name of whoever reports in the lead ("Foreign Ministry said").</summary>
    private static bool SaidBy(DatedSentence lead, string noun)
    {
        for (var i = 1; i < lead.Count; i++)
        {
            if (CueBook.Get.ReportingVerbs.Contains(lead.Tokens[i].Text) && lead.Tokens[i - 1].Lower == noun)
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsTelling(DatedSentence s)
    {
        if (s.Count == 0 || !s.Tokens[0].IsWord || s.Tokens[0].IsNumber ||
            RoleWords.Prepositions.Contains(s.Tokens[0].Text) || CueBook.Get.Subordinators.Contains(s.Tokens[0].Text) ||
            s.Tokens[^1].Text is "?" or ":")
        {
            return false;
        }

        // "May" the month is no modal.
        var words = s.Tokens.Where(t => t.IsWord).Select(t => t.Text == "May" ? "\u0000" : t.Lower).ToList();
        if (CueBook.Get.PlanWords.Any(p => WordPhrases.ContainsPhrase(words, p)))
        {
            return false;
        }

        var (_, clauseEnd) = s.ClauseOf(0);
        for (var i = 1; i < clauseEnd; i++)
        {
            if (!VerbCues.IsVerbLike(s.Tokens, i))
            {
                continue;
            }

            if (!CueBook.Get.Statives.Contains(s.Tokens[i].Text))
            {
                return !CueBook.Get.ReportingVerbs.Contains(s.Tokens[i].Text);
            }

            return RoleWords.PastBeVerbs.Contains(s.Tokens[i].Text) && VerbCues.HasParticipleAfter(s, i + 1) && !VerbCues.IsStativeParticipleAfter(s, i + 1);
        }

        return false;
    }
}
