namespace JapanRussia.Core.Events;

/// <summary>
/// Rewrites a clause's tokens as a headline: the opening goes, the subject is stated (<see cref="HeadlineSubject"/>),
/// the happening is put in focus, the verb moves to the present tense, and the result is fitted to the length.
/// </summary>
internal static class HeadlineClause
{
    internal static string Compose(List<Token> tokens, Lazy<List<List<Token>>> context)
    {
        HeadlineOpening.StripFronted(tokens);
        HeadlineOpening.UseElaboration(tokens);
        if (tokens.Count == 0)
        {
            return string.Empty;
        }

        var verb = Prepare(tokens);
        var words = tokens.Select(t => t.Text).ToList();
        if (verb > 0 && PointsBack(tokens, verb))
        {
            HeadlineSubject.Resolve(tokens, words, verb, context.Value);
        }

        if (verb >= 0)
        {
            (tokens, words) = Focus(tokens, words, verb);
        }

        return Fit(tokens, words, verb);
    }

    /// <summary>Drops what stands between the subject and its verb; the verb's index, or -1.</summary>
    private static int Prepare(List<Token> tokens)
    {
        // "which led to the signing of X": a clause with no subject of its own names the happening after its verb.
        if (tokens.Count > 2 && VerbCues.IsVerbLike(tokens, 0) && tokens[1].Lower is "to" or "in" && HeadlineBook.Get.ConsequenceVerbs.Contains(tokens[0].Text))
        {
            tokens.RemoveRange(0, 2);
        }

        var verb = HeadlineVerbs.FindVerb(tokens);
        if (verb > 0)
        {
            verb = HeadlineVerbs.DropAppositive(tokens, verb);
            if (verb > 0 && HeadlineBook.Get.AdverbsBeforeVerb.Contains(tokens[verb - 1].Text))
            {
                tokens.RemoveAt(verb - 1);
                verb--;
            }
        }

        return verb;
    }

    /// <summary>A subject that only points ("It", "This cooperation", "The visit"), or a "these X" after the verb.</summary>
    private static bool PointsBack(List<Token> tokens, int verb)
    {
        var book = HeadlineBook.Get;
        return book.Pronouns.Contains(tokens[0].Text) || book.Demonstratives.Contains(tokens[0].Text) ||
               (verb == 2 && book.Articles.Contains(tokens[0].Text) && CueBook.Get.EventNominals.Contains(tokens[1].Text)) ||
               tokens.Skip(1).Any(t => book.DanglingDemonstratives.Contains(t.Text));
    }

    /// <summary>Puts the happening in focus and the verb in the present tense.</summary>
    private static (List<Token> Tokens, List<string> Words) Focus(List<Token> tokens, List<string> words, int verb)
    {
        var cues = CueBook.Get;
        var lower = tokens[verb].Lower;
        var nominalAfter = HeadlineVerbs.NominalComplement(tokens, verb);
        if (verb > 0 && cues.EvaluativeVerbs.Contains(lower) && tokens.Take(verb).Any(t => cues.EventNominals.Contains(t.Text)) && !HeadlineVerbs.HasParticiple(tokens, verb + 1))
        {
            // "Tokyo's imposition of sanctions on Russia was the final nail…": the subject is the happening.
            return (tokens.GetRange(0, verb), words.GetRange(0, verb));
        }

        if (nominalAfter > 0)
        {
            // "An important step … was the conclusion of a fishery agreement": the complement is the happening.
            return (tokens.GetRange(nominalAfter, tokens.Count - nominalAfter), words.GetRange(nominalAfter, words.Count - nominalAfter));
        }

        if (verb == 0 && HeadlineBook.Get.FramingVerbs.Contains(lower))
        {
            return (tokens.GetRange(1, tokens.Count - 1), words.GetRange(1, words.Count - 1));
        }

        HeadlineVerbs.ToPresent(tokens, words, verb);
        return (tokens, words);
    }

    private static string Fit(List<Token> tokens, List<string> words, int verb)
    {
        var cut = HeadlineFitting.CutPoint(tokens);
        words = words.GetRange(0, cut);
        tokens = tokens.GetRange(0, cut);
        var text = HeadlineFitting.Join(tokens, words);
        if (text.Length > HeadlineWriter.MaxLength)
        {
            (tokens, words) = HeadlineFitting.StripRoles(tokens, words);
            text = HeadlineFitting.Join(tokens, words);
        }

        if (text.Length > HeadlineWriter.MaxLength && verb > 0)
        {
            text = HeadlineFitting.TrimSubject(tokens, words, text);
        }

        text = HeadlineFitting.Shorten(tokens, words, text);
        return HeadlineFitting.Capitalise(text.Trim().TrimEnd(',', ';', ':', '.', '—', '-').Trim());
    }
}
