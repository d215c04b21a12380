namespace JapanRussia.Core.Events;

/// <summary>
/// The opening of a headline: what comes before its subject goes ("In 1956, …", "However, …", "At Yalta in February 1945, …"),
/// a fronted participle becomes the verb ("Announcing the sanctions, Kishida said" → "Kishida announces the sanctions"),
/// and a vague lead-in gives way to what it announces ("An incident occurred: …").
/// </summary>
internal static class HeadlineOpening
{
    internal static void RemoveDatePhrase(List<Token> tokens)
    {
        while (tokens.Count > 0 && (HeadlineBook.Get.DatePrepositions.Contains(tokens[^1].Text) || tokens[^1].Text == ","))
        {
            if (tokens[^1].Text == "," && tokens.Count > 1 && !HeadlineBook.Get.DatePrepositions.Contains(tokens[^2].Text))
            {
                break;
            }

            tokens.RemoveAt(tokens.Count - 1);
        }
    }

    internal static void StripLeading(List<Token> tokens)
    {
        var cues = CueBook.Get;
        var changed = true;
        while (changed && tokens.Count > 0)
        {
            changed = false;
            while (tokens.Count > 0 && !tokens[0].IsWord)
            {
                tokens.RemoveAt(0);
                changed = true;
            }

            if (tokens.Count > 0 && HeadlineBook.Get.ClauseOpeners.Contains(tokens[0].Text))
            {
                tokens.RemoveAt(0);
                changed = true;
            }

            foreach (var phrase in cues.LeadingAdverbials)
            {
                if (phrase.Length < tokens.Count && Enumerable.Range(0, phrase.Length).All(i => tokens[i].Lower == phrase[i]) &&
                    (tokens[phrase.Length].Text == "," || phrase.Length > 1 || tokens[phrase.Length].IsCapitalised || HeadlineBook.Get.Articles.Contains(tokens[phrase.Length].Text)))
                {
                    tokens.RemoveRange(0, phrase.Length);
                    changed = true;
                    break;
                }
            }
        }
    }

    /// <summary>"At Yalta in February 1945, Stalin promised…": a fronted adverbial goes when a clause with a verb follows it.</summary>
    internal static void StripFronted(List<Token> tokens)
    {
        var cues = CueBook.Get;
        for (var round = 0; round < 3 && tokens.Count > 0 && tokens[0].IsWord && cues.FrontedOpeners.Contains(tokens[0].Text); round++)
        {
            var comma = tokens.FindIndex(t => t.Text == ",");
            if (comma < 0 || !Enumerable.Range(comma + 1, tokens.Count - comma - 1).Any(i => VerbCues.IsVerbLike(tokens, i)))
            {
                return;
            }

            var participle = ParticipleOpener(tokens, comma);
            tokens.RemoveRange(0, comma + 1);
            StripLeading(tokens);
            if (participle is not null)
            {
                var report = tokens.FindIndex(t => CueBook.Get.ReportingVerbs.Contains(t.Text));
                if (report > 0 && tokens.Take(report).All(t => t.IsCapitalised || !t.IsWord))
                {
                    // "Announcing the sanctions on Sunday, Kishida said, …" → "Kishida announces the sanctions".
                    tokens.RemoveRange(report, tokens.Count - report);
                    tokens.Add(new Token(tokens[^1].End + 1, tokens[^1].End + 1, VerbForms.Present(participle.Value.Base, false), TokenKind.Word));
                    tokens.AddRange(participle.Value.Object);
                }
            }
        }
    }

    internal static (string Base, List<Token> Object)? ParticipleOpener(List<Token> tokens, int comma)
    {
        var first = tokens[0];
        if (!first.IsCapitalised || !first.Lower.EndsWith("ing", StringComparison.Ordinal) || first.Text.Length < 6)
        {
            return null;
        }

        var stem = first.Lower[..^3];
        var baseForm = CueBook.Get.EFinalStems.Contains(stem + "e") ? stem + "e" : stem;
        var obj = tokens.GetRange(1, comma - 1).Select((t, i) => t with { Start = 1_000_000 + (2 * i), End = 1_000_000 + (2 * i) + 1 }).ToList();
        return (baseForm, obj);
    }

    /// <summary>"An extremely regrettable incident occurred: President Medvedev visited…": the part after the colon says what happened.</summary>
    internal static void UseElaboration(List<Token> tokens)
    {
        var colon = tokens.FindIndex(t => t.Text == ":");
        if (colon > 0 && colon + 3 < tokens.Count && tokens.Take(colon).Any(t => CueBook.Get.VagueHappenings.Contains(t.Text)))
        {
            tokens.RemoveRange(0, colon + 1);
        }
    }

    /// <summary>The most words of a sayer's name and title after a quotation ("Chief Cabinet Secretary Hirokazu Matsuno").</summary>
    private const int SayerWords = 7;

    /// <summary>
    /// "“It is regrettable …,” Chief Cabinet Secretary Hirokazu Matsuno said on Wednesday" → "Chief Cabinet Secretary
    /// Hirokazu Matsuno said it is regrettable …": a quotation that opens the clause is told from its speaker.
    /// </summary>
    internal static void FrontSayer(List<Token> tokens)
    {
        if (tokens.Count < 4 || tokens[0].Text is not ("\"" or "“"))
        {
            return;
        }

        var close = tokens.FindIndex(1, t => t.Text is "\"" or "”");
        if (close < 2)
        {
            return;
        }

        var quoteEnd = tokens[close - 1].Text is "," or "." ? close - 1 : close;
        var after = close + 1 < tokens.Count && tokens[close + 1].Text == "," ? close + 2 : close + 1;
        var verb = tokens.FindIndex(Math.Min(after, tokens.Count), t => CueBook.Get.ReportingVerbs.Contains(t.Text));
        if (verb <= after || verb - after > SayerWords || !tokens.GetRange(after, verb - after).All(t => t.IsWord && t.IsCapitalised))
        {
            return;
        }

        var saying = tokens.GetRange(after, verb - after + 1);
        var quote = tokens.GetRange(1, quoteEnd - 1);
        if (HeadlineBook.Get.Pronouns.Contains(quote[0].Text) || HeadlineBook.Get.Articles.Contains(quote[0].Text) || HeadlineBook.Get.Demonstratives.Contains(quote[0].Text))
        {
            quote[0] = quote[0] with { Text = quote[0].Lower };
        }

        tokens.Clear();
        tokens.AddRange(saying);
        tokens.AddRange(quote);
    }
}
