namespace JapanRussia.Core.Events;

/// <summary>The main verb of a headline's clause, its subject's number, and the participles and complements around it.</summary>
internal static class HeadlineVerbs
{
    internal static int FindVerb(List<Token> tokens)
    {
        var relative = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            // "the Neutrality Pact that was still in force": a relative clause after a name is not the main verb.
            relative = tokens[i].Text == "," ? false : relative || (i > 1 && RoleWords.RelativePronouns.Contains(tokens[i].Text) &&
                tokens[i - 1].IsWord && tokens[i - 1].IsCapitalised && !VerbCues.IsVerbLike(tokens, i - 1));
            if (relative)
            {
                continue;
            }

            // "The declaration, signed in October 1956, provides…": a participle after a comma is not the main verb.
            if (VerbCues.IsVerbLike(tokens, i) && !(i > 0 && tokens[i - 1].Text == "," && tokens[i].Lower.EndsWith("ed", StringComparison.Ordinal)) &&
                !IsParticiplePhrase(tokens, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// "An expedition led by Admiral Putyatin was sent…", "Having made a breakthrough…, the powers paid…": a
    /// participle with its agent, or a perfect participle, describes the subject; the main verb comes later.
    /// </summary>
    private static bool IsParticiplePhrase(List<Token> tokens, int i)
    {
        var perfect = tokens[i].Is("having") || (i > 0 && tokens[i - 1].Is("having"));
        var withAgent = i + 1 < tokens.Count && tokens[i + 1].Is("by") &&
                        (tokens[i].Lower.EndsWith("ed", StringComparison.Ordinal) || CueBook.Get.PassiveParticiples.Contains(tokens[i].Text)) &&
                        !(i > 0 && RoleWords.BeVerbs.Contains(tokens[i - 1].Text));
        if (!perfect && !withAgent)
        {
            return false;
        }

        for (var j = i + 1; j < tokens.Count; j++)
        {
            if (VerbCues.IsVerbLike(tokens, j) && !tokens[j].Is("having") && !(tokens[j - 1].Is("having")) && !(j + 1 < tokens.Count && tokens[j + 1].Is("by")))
            {
                return true;
            }
        }

        return false;
    }

    internal static int FindVerbIndex(List<Token> tokens, List<string> words)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!string.Equals(tokens[i].Text, words[i], StringComparison.Ordinal) || VerbCues.IsVerbLike(tokens, i))
            {
                return i;
            }
        }

        return -1;
    }

    internal static bool HasParticiple(List<Token> tokens, int index)
    {
        var next = NextWord(tokens, index);
        return next >= 0 && !tokens[next].IsCapitalised &&
               (tokens[next].Lower.EndsWith("ed", StringComparison.Ordinal) || tokens[next].Lower.EndsWith("en", StringComparison.Ordinal) ||
                CueBook.Get.PassiveParticiples.Contains(tokens[next].Text));
    }

    internal static int NextWord(List<Token> tokens, int index)
    {
        for (var i = index; i < tokens.Count && i < index + 3; i++)
        {
            if (tokens[i].IsWord && !tokens[i].Lower.EndsWith("ly", StringComparison.Ordinal) && !tokens[i].Is("not"))
            {
                return i;
            }
        }

        return -1;
    }

    internal static bool IsPlural(List<Token> tokens, int verb)
    {
        var subject = tokens.Take(verb).Where(t => t.IsWord).ToList();
        if (subject.Count == 0)
        {
            return false;
        }

        var preposition = subject.FindIndex(t => HeadlineBook.Get.SubjectPrepositions.Contains(t.Text) || t.Is("by"));
        if (preposition > 0)
        {
            subject = subject.GetRange(0, preposition);
        }

        if (subject.Any(t => t.Is("and")) || HeadlineBook.Get.PluralWords.Contains(subject[^1].Text))
        {
            return true;
        }

        while (subject.Count > 1 && (subject[^1].Lower.EndsWith("ly", StringComparison.Ordinal) || HeadlineBook.Get.SubjectTrailingAdverbs.Contains(subject[^1].Text)))
        {
            subject.RemoveAt(subject.Count - 1);
        }

        var last = subject[^1];
        if (last.IsCapitalised && last.Lower.EndsWith("ans", StringComparison.Ordinal) && (subject.Count == 1 || subject[^2].Is("the")))
        {
            // "Russians", "the Americans": a people.
            return true;
        }

        var properNoun = last.IsCapitalised && (subject.Count > 1 || Gazetteer.Default.Find(last.Text, 0).Count > 0);
        return !properNoun && last.Lower.EndsWith('s') && !last.Lower.EndsWith("ss", StringComparison.Ordinal) &&
               !last.Lower.EndsWith("us", StringComparison.Ordinal) && !last.Lower.EndsWith("is", StringComparison.Ordinal);
    }

    /// <summary>"The declaration, signed in October 1956, provides for…" → "The declaration is signed".</summary>
    internal static string? ReducedRelative(List<Token> tokens, int dateAt)
    {
        var participle = Math.Min(dateAt, tokens.Count) - 1;
        if (participle < 2 || tokens[participle - 1].Text != "," || !tokens[participle].IsWord || tokens[participle].IsCapitalised ||
            VerbForms.BaseOfPast(tokens[participle].Text) is null || tokens.Take(participle - 1).Any(t => !t.IsWord || VerbCues.IsVerbLike(tokens, tokens.IndexOf(t))))
        {
            return null;
        }

        var subject = tokens.GetRange(0, participle - 1);
        var plural = IsPlural(subject, subject.Count);
        var text = HeadlineFitting.Join(subject, subject.Select(t => t.Text).ToList()) + (plural ? " are " : " is ") + tokens[participle].Lower;
        return text.Length <= HeadlineWriter.MaxLength ? HeadlineFitting.Capitalise(text) : null;
    }

    /// <summary>"Mr. Yoshihiko Noda, the Prime Minister of Japan, on a visit to Los Cabos, held…" → "Mr. Yoshihiko Noda held…".</summary>
    internal static int DropAppositive(List<Token> tokens, int verb)
    {
        var comma = tokens.FindIndex(0, verb, t => t.Text == ",");
        if (comma <= 0 || tokens.Take(comma).Any(t => t.Is("and")) || !tokens.Take(comma).Any(t => t.IsWord))
        {
            return verb;
        }

        tokens.RemoveRange(comma, verb - comma);
        return comma;
    }

    /// <summary>Index of an event noun that follows a copula ("was the conclusion of…"), or -1.</summary>
    internal static int NominalComplement(List<Token> tokens, int verb)
    {
        if (!HeadlineBook.Get.Copulas.Contains(tokens[verb].Text) || tokens.Take(verb).Any(t => CueBook.Get.EventNominals.Contains(t.Text)))
        {
            return -1;
        }

        var i = verb + 1;
        if (i < tokens.Count && HeadlineBook.Get.Articles.Contains(tokens[i].Text))
        {
            i++;
        }

        return i < tokens.Count && CueBook.Get.EventNominals.Contains(tokens[i].Text) ? i : -1;
    }

    /// <summary>"signed" → "signs", "had agreed" → "agrees", and the verbs joined to it by "and" likewise.</summary>
    internal static void ToPresent(List<Token> tokens, List<string> words, int verb)
    {
        var plural = IsPlural(tokens, verb);
        if (tokens[verb].Lower is "had" or "has" && HasParticiple(tokens, verb + 1))
        {
            var participle = NextWord(tokens, verb + 1);
            if (participle >= 0 && VerbForms.BaseOfPast(tokens[participle].Text) is { } pBase && tokens[participle].Lower != "been")
            {
                words[participle] = VerbForms.Present(pBase, plural);
                words.RemoveAt(verb);
                tokens.RemoveAt(verb);
            }

            return;
        }

        if (VerbForms.BaseOfPast(tokens[verb].Text) is not { } baseForm)
        {
            return;
        }

        words[verb] = VerbForms.Present(baseForm, plural);
        for (var i = verb + 1; i + 1 < tokens.Count; i++)
        {
            // "…are held prisoner for two years and were released": a coordinated passive moves to the present too.
            var passive = RoleWords.PastBeVerbs.Contains(tokens[i + 1].Text) && HasParticiple(tokens, i + 2);
            if (tokens[i].Is("and") && VerbCues.IsVerbLike(tokens, i + 1) && VerbForms.BaseOfPast(tokens[i + 1].Text) is { } next &&
                (passive || !CueBook.Get.Statives.Contains(tokens[i + 1].Text)))
            {
                words[i + 1] = VerbForms.Present(next, plural);
            }
        }
    }
}
