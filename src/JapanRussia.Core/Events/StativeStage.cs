namespace JapanRussia.Core.Events;

internal enum StativeReading
{
    None,
    State,
    When,
}

/// <summary>
/// Whether a dated clause states a state of affairs ("relations were tense in 1990") rather than a happening, and
/// where a happening named by the clause's subject ends ("The Joint Declaration of 1956 promised…").
/// </summary>
internal static class StativeStage
{
    internal static StativeReading ReadStative(DatedSentence s, DateSlot slot, int clauseStart)
    {
        var tokens = s.Tokens;
        if (IsSayingDate(s, slot, clauseStart))
        {
            return StativeReading.None;
        }

        var verbBefore = false;
        for (var i = clauseStart; i < slot.First; i++)
        {
            if (VerbCues.IsVerbLike(tokens, i))
            {
                verbBefore = true;
                break;
            }
        }

        return verbBefore ? ReadWithVerbBefore(s, slot, clauseStart) : ReadWithVerbAfter(s, slot, clauseStart);
    }

    /// <summary>"Relations were tense in 1990": the clause's verb stands before the date.</summary>
    private static StativeReading ReadWithVerbBefore(DatedSentence s, DateSlot slot, int clauseStart)
    {
        var cues = CueBook.Get;
        var tokens = s.Tokens;
        var k = slot.First - 1;
        while (k >= clauseStart && tokens[k].IsWord && (RoleWords.Prepositions.Contains(tokens[k].Text) || tokens[k].Lower.EndsWith("ly", StringComparison.Ordinal)))
        {
            k--;
        }

        if (IsCopulaWithComplement(s, clauseStart, slot.First) && !IsDatedParticiple(s, k, clauseStart))
        {
            return StativeReading.State;
        }

        if (k >= clauseStart && tokens[k].IsWord && cues.Statives.Contains(tokens[k].Text) && !VerbCues.HasParticipleAfter(s, slot.End))
        {
            return slot.End + 1 < s.Count && tokens[slot.End].Text == "," && tokens[slot.End + 1].Is("when")
                ? StativeReading.When
                : StativeReading.State;
        }

        return StativeReading.None;
    }

    /// <summary>"In 1945 the islands were home to 17,000 people": the clause's verb follows the date.</summary>
    private static StativeReading ReadWithVerbAfter(DatedSentence s, DateSlot slot, int clauseStart)
    {
        var cues = CueBook.Get;
        var tokens = s.Tokens;
        var relative = false;
        for (var i = slot.End; i < s.Count; i++)
        {
            relative = tokens[i].Text == "," ? false : relative || RoleWords.RelativePronouns.Contains(tokens[i].Text);
            if (relative || !VerbCues.IsVerbLike(tokens, i))
            {
                continue;
            }

            if (!cues.Statives.Contains(tokens[i].Text) || (VerbCues.HasParticipleAfter(s, i + 1) && !VerbCues.IsStativeParticipleAfter(s, i + 1)) ||
                HoldsOccasion(s, i, clauseStart))
            {
                return StativeReading.None;
            }

            for (var j = clauseStart; j < slot.First; j++)
            {
                if (cues.EventNominals.Contains(tokens[j].Text))
                {
                    return StativeReading.None;
                }
            }

            return StativeReading.State;
        }

        return StativeReading.None;
    }

    /// <summary>
    /// "was a non-aggression pact … signed on April 13, 1941": a participle of a happening right before the date
    /// states when that happening was, whatever the copula before it says of the thing.
    /// </summary>
    private static bool IsDatedParticiple(DatedSentence s, int k, int clauseStart) =>
        k > clauseStart && s.Tokens[k].IsWord && s.Tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal) &&
        !CueBook.Get.Statives.Contains(s.Tokens[k].Text) && !RoleWords.BeVerbs.Contains(s.Tokens[k - 1].Text);

    /// <summary>How far back from the date a saying verb may stand ("told reporters at a press conference on Tuesday").</summary>
    private const int SayingReach = 6;

    /// <summary>
    /// "…, the ministry said Monday", "told reporters on Tuesday": the date is when the saying happened, whatever
    /// the quoted words before it state.
    /// </summary>
    private static bool IsSayingDate(DatedSentence s, DateSlot slot, int clauseStart)
    {
        for (var i = slot.First - 1; i >= Math.Max(clauseStart, slot.First - SayingReach); i--)
        {
            var token = s.Tokens[i];
            if (!token.IsWord)
            {
                return false;
            }

            if (CueBook.Get.ReportingVerbs.Contains(token.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Relations were tense in 1990", "The islands were home to 17,000 people in 1945": the clause's verb is "to be"
    /// with a complement, not a passive, so the date is when a state held.
    /// </summary>
    private static bool IsCopulaWithComplement(DatedSentence s, int clauseStart, int dateFirst)
    {
        for (var i = clauseStart; i < dateFirst; i++)
        {
            if (!VerbCues.IsVerbLike(s.Tokens, i))
            {
                continue;
            }

            return RoleWords.BeVerbs.Contains(s.Tokens[i].Text) && i + 1 < dateFirst && s.Tokens[i + 1].IsWord &&
                   !RoleWords.Prepositions.Contains(s.Tokens[i + 1].Text) && !VerbCues.HasParticipleAfter(s, i + 1) &&
                   !NamesHappening(s, i + 1, dateFirst);
        }

        return false;
    }

    /// <summary>"was the conclusion of…", "was the first summit": a complement that names a happening.</summary>
    private static bool NamesHappening(DatedSentence s, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (s.Tokens[i].IsWord && (CueBook.Get.OccasionNouns.ContainsKey(s.Tokens[i].Text) || CueBook.Get.EventNominals.Contains(s.Tokens[i].Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "held a summit", "was held the fourth forum", "talks were held": holding or having an occasion is a happening,
    /// though "held" alone is a state ("Japan held the islands").
    /// </summary>
    private static bool HoldsOccasion(DatedSentence s, int verb, int clauseStart)
    {
        var holding = RoleWords.OccasionVerbs.Contains(s.Tokens[verb].Text) ||
                      (RoleWords.BeVerbs.Contains(s.Tokens[verb].Text) && verb + 1 < s.Count && RoleWords.OccasionVerbs.Contains(s.Tokens[verb + 1].Text));
        if (!holding)
        {
            return false;
        }

        return NamesHappening(s, clauseStart, s.ClauseOf(verb).End);
    }

    /// <summary>
    /// When the dated words are the clause's subject and name the happening ("The Joint Declaration of 1956
    /// promised…", "Tokyo's imposition of sanctions in March 2022 was…"), the happening is that subject: the end of
    /// it, or null.
    /// </summary>
    internal static int? SubjectHappeningEnd(DatedSentence s, DateSlot slot, int clauseStart, int clauseEnd)
    {
        var cues = CueBook.Get;
        var tokens = s.Tokens;
        for (var i = clauseStart; i < slot.First; i++)
        {
            if (VerbCues.IsVerbLike(tokens, i))
            {
                return null;
            }
        }

        var verb = -1;
        for (var i = slot.End; i < clauseEnd; i++)
        {
            if (VerbCues.IsVerbLike(tokens, i))
            {
                verb = i;
                break;
            }
        }

        if (verb < 0)
        {
            return null;
        }

        var first = tokens[clauseStart];
        var subjectStart = !RoleWords.Prepositions.Contains(first.Text) && first.IsWord;
        var postpositive = slot.First > 0 && tokens[slot.First - 1].Is("of");
        var nominal = Enumerable.Range(clauseStart, slot.First - clauseStart).Any(i => cues.EventNominals.Contains(tokens[i].Text)) &&
                      cues.EvaluativeVerbs.Contains(tokens[verb].Text);
        return subjectStart && (postpositive || nominal) ? verb : null;
    }
}
