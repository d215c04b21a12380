using System.Text;

namespace JapanRussia.Core.Events;

/// <summary>
/// Writes a short "who did what" headline from the clause that states a happening: the date and leading adverbials
/// go, the verb moves to the present tense, trailing subordinate phrases are cut, and the result never ends
/// mid-word or on a dangling function word.
/// </summary>
internal static class HeadlineWriter
{
    public const int MaxLength = 90;

    private const int MinWords = 3;

    private static readonly HashSet<string> DatePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "at", "during", "from", "of", "by", "since", "until", "around", "about", "early", "late", "mid", "the",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "year", "following", "as",
    };

    private static readonly HashSet<string> StrongBoundaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "which", "where", "after", "because", "when", "while", "if", "unless", "as", "due", "providing", "including",
        "despite", "although", "though", "whereby", "until", "before", "aimed", "by",
    };

    private static readonly HashSet<string> PluralWords = new(StringComparer.OrdinalIgnoreCase) { "police", "people", "both", "they", "we" };

    public static string Write(DatedSentence s, DateReading reading, IReadOnlyList<DateReading> others)
    {
        ArgumentNullException.ThrowIfNull(others);
        var dropped = new HashSet<int>();
        foreach (var other in others)
        {
            // "…a peace treaty by the end of the year": a plan's date at the end of the clause is not part of the headline.
            if (other.Role is DateRole.Plan or DateRole.Background && other.Slot.First > reading.ClauseStart && other.Slot.End <= reading.ClauseEnd &&
                Enumerable.Range(other.Slot.End, reading.ClauseEnd - other.Slot.End).All(i => !s.Tokens[i].IsWord))
            {
                var first = other.Slot.First;
                while (first > reading.ClauseStart && s.Tokens[first - 1].Lower is "by" or "in" or "on" or "until" or "before" or "the")
                {
                    first--;
                }

                dropped.UnionWith(Enumerable.Range(first, other.Slot.End - first));
            }
        }

        if (reading.Role == DateRole.Occasion && OccasionTitle(s, reading) is { } occasion)
        {
            return occasion;
        }

        var tokens = new List<Token>();
        var slot = reading.Slot;
        var depth = 0;
        for (var i = reading.ClauseStart; i < reading.ClauseEnd; i++)
        {
            var t = s.Tokens[i];
            if (t.Text is "(" or "[")
            {
                depth++;
                continue;
            }

            if (t.Text is ")" or "]")
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (dropped.Contains(i))
            {
                continue;
            }

            if (depth == 0 && (i < slot.First || i >= slot.End))
            {
                tokens.Add(t);
            }
            else if (depth == 0 && i == slot.First)
            {
                var attributive = slot.First > 0 && (s.Tokens[slot.First - 1].IsPossessive || s.Tokens[slot.First - 1].Lower is "the" or "a" or "an" or "his" or "her" or "their" or "its") &&
                                  slot.End < reading.ClauseEnd && s.Tokens[slot.End].IsWord && !s.Tokens[slot.End].IsNumber &&
                                  !DatePrepositions.Contains(s.Tokens[slot.End].Text) && !CueBook.Get.TitleCutWords.Contains(s.Tokens[slot.End].Text) &&
                                  !DateRoleClassifier.IsVerbLike(s.Tokens, slot.End);
                if (!attributive)
                {
                    RemoveDatePhrase(tokens);
                }

                tokens.Add(new Token(t.Start, t.Start, "\u0000", TokenKind.Punctuation));
            }
        }

        var marker = tokens.FindIndex(t => t.Text == "\u0000");
        if (marker >= 0)
        {
            var fronted = marker == 0 || tokens.Take(marker).All(t => !t.IsWord);
            tokens.RemoveAt(marker);
            if (marker < tokens.Count && tokens[marker].Text == "," && (fronted || (marker + 1 < tokens.Count && tokens[marker + 1].Is("of"))))
            {
                tokens.RemoveAt(marker);
            }
        }

        StripLeading(tokens);
        if (marker >= 0 && ReducedRelative(tokens, marker) is { } passive)
        {
            return passive;
        }

        var title = Compose(tokens);
        return title.Length > 0 ? title : Fallback(s, reading);
    }

    /// <summary>"The declaration, signed in October 1956, provides for…" → "The declaration is signed".</summary>
    private static string? ReducedRelative(List<Token> tokens, int dateAt)
    {
        var participle = Math.Min(dateAt, tokens.Count) - 1;
        if (participle < 2 || tokens[participle - 1].Text != "," || !tokens[participle].IsWord || tokens[participle].IsCapitalised ||
            VerbForms.BaseOfPast(tokens[participle].Text) is null || tokens.Take(participle - 1).Any(t => !t.IsWord || DateRoleClassifier.IsVerbLike(tokens, tokens.IndexOf(t))))
        {
            return null;
        }

        var subject = tokens.GetRange(0, participle - 1);
        var plural = IsPlural(subject, subject.Count);
        var text = Join(subject, subject.Select(t => t.Text).ToList()) + (plural ? " are " : " is ") + tokens[participle].Lower;
        return text.Length <= MaxLength ? Capitalise(text) : null;
    }

    private static void RemoveDatePhrase(List<Token> tokens)
    {
        while (tokens.Count > 0 && (DatePrepositions.Contains(tokens[^1].Text) || tokens[^1].Text == ","))
        {
            if (tokens[^1].Text == "," && tokens.Count > 1 && !DatePrepositions.Contains(tokens[^2].Text))
            {
                break;
            }

            tokens.RemoveAt(tokens.Count - 1);
        }
    }

    private static void StripLeading(List<Token> tokens)
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

            if (tokens.Count > 0 && tokens[0].Lower is "when" or "where" or "while" or "and" or "but" or "although" or "though" or "whereas" or "which" or "who" or "that" or "until")
            {
                tokens.RemoveAt(0);
                changed = true;
            }

            foreach (var phrase in cues.LeadingAdverbials)
            {
                if (phrase.Length < tokens.Count && Enumerable.Range(0, phrase.Length).All(i => tokens[i].Lower == phrase[i]) &&
                    (tokens[phrase.Length].Text == "," || phrase.Length > 1 || tokens[phrase.Length].IsCapitalised || tokens[phrase.Length].Lower is "the" or "a" or "an"))
                {
                    tokens.RemoveRange(0, phrase.Length);
                    changed = true;
                    break;
                }
            }
        }
    }

    private static string Compose(List<Token> tokens)
    {
        var cues = CueBook.Get;
        StripFronted(tokens);
        UseElaboration(tokens);
        if (tokens.Count == 0)
        {
            return string.Empty;
        }

        // "which led to the signing of X": a clause with no subject of its own names the happening after its verb.
        if (tokens.Count > 2 && DateRoleClassifier.IsVerbLike(tokens, 0) && tokens[1].Lower is "to" or "in" && tokens[0].Lower is "led" or "resulted" or "leads")
        {
            tokens.RemoveRange(0, 2);
        }

        var verb = FindVerb(tokens);
        if (verb > 0)
        {
            verb = DropAppositive(tokens, verb);
            if (verb > 0 && tokens[verb - 1].Lower is "also" or "again" or "finally" or "then" or "still" or "later" or "eventually" or "subsequently" or "once")
            {
                tokens.RemoveAt(verb - 1);
                verb--;
            }
        }

        var words = tokens.Select(t => t.Text).ToList();
        if (verb >= 0)
        {
            var lower = tokens[verb].Lower;
            var nominalAfter = NominalComplement(tokens, verb);
            if (verb > 0 && cues.EvaluativeVerbs.Contains(lower) && tokens.Take(verb).Any(t => cues.EventNominals.Contains(t.Text)) && !HasParticiple(tokens, verb + 1))
            {
                // "Tokyo's imposition of sanctions on Russia was the final nail…": the subject is the happening.
                words = words.GetRange(0, verb);
                tokens = tokens.GetRange(0, verb);
            }
            else if (nominalAfter > 0)
            {
                // "An important step … was the conclusion of a fishery agreement": the complement is the happening.
                words = words.GetRange(nominalAfter, words.Count - nominalAfter);
                tokens = tokens.GetRange(nominalAfter, tokens.Count - nominalAfter);
            }
            else if (verb == 0 && lower is "saw" or "marked")
            {
                words.RemoveAt(0);
                tokens.RemoveAt(0);
            }
            else
            {
                var plural = IsPlural(tokens, verb);
                if (lower is "had" or "has" && HasParticiple(tokens, verb + 1))
                {
                    var participle = NextWord(tokens, verb + 1);
                    if (participle >= 0 && VerbForms.BaseOfPast(tokens[participle].Text) is { } pBase && tokens[participle].Lower != "been")
                    {
                        words[participle] = VerbForms.Present(pBase, plural);
                        words.RemoveAt(verb);
                        tokens.RemoveAt(verb);
                    }
                }
                else if (VerbForms.BaseOfPast(tokens[verb].Text) is { } baseForm)
                {
                    words[verb] = VerbForms.Present(baseForm, plural);
                    for (var i = verb + 1; i + 1 < tokens.Count; i++)
                    {
                        if (tokens[i].Is("and") && DateRoleClassifier.IsVerbLike(tokens, i + 1) && VerbForms.BaseOfPast(tokens[i + 1].Text) is { } next &&
                            !cues.Statives.Contains(tokens[i + 1].Text))
                        {
                            words[i + 1] = VerbForms.Present(next, plural);
                        }
                    }
                }
            }
        }

        var cut = CutPoint(tokens);
        words = words.GetRange(0, cut);
        tokens = tokens.GetRange(0, cut);
        var text = Join(tokens, words);
        if (text.Length > MaxLength)
        {
            (tokens, words) = StripRoles(tokens, words);
            text = Join(tokens, words);
        }

        if (text.Length > MaxLength && verb > 0)
        {
            text = TrimSubject(tokens, words, text);
        }

        text = Shorten(tokens, words, text);
        return Capitalise(text.Trim().TrimEnd(',', ';', ':', '.', '—', '-').Trim());
    }

    /// <summary>
    /// "A clash of territorial ambitions in the Manchuria region of northeastern China led to the war" is too long:
    /// drop the subject's trailing prepositional phrases, last first, keeping its head and first complement.
    /// </summary>
    private static string TrimSubject(List<Token> tokens, List<string> words, string text)
    {
        var verb = FindVerbIndex(tokens, words);
        while (text.Length > MaxLength && verb > 0)
        {
            var prepositions = Enumerable.Range(1, verb - 1)
                .Where(i => tokens[i].Lower is "in" or "of" or "on" or "at" or "from" or "with" or "for" or "between")
                .ToList();
            if (prepositions.Count < 2)
            {
                break;
            }

            var cut = prepositions[^1];
            tokens.RemoveRange(cut, verb - cut);
            words.RemoveRange(cut, verb - cut);
            verb = cut;
            text = Join(tokens, words);
        }

        return text;
    }

    private static int FindVerbIndex(List<Token> tokens, List<string> words)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!string.Equals(tokens[i].Text, words[i], StringComparison.Ordinal) || DateRoleClassifier.IsVerbLike(tokens, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"At Yalta in February 1945, Stalin promised…": a fronted adverbial goes when a clause with a verb follows it.</summary>
    private static void StripFronted(List<Token> tokens)
    {
        var cues = CueBook.Get;
        for (var round = 0; round < 3 && tokens.Count > 0 && tokens[0].IsWord && cues.FrontedOpeners.Contains(tokens[0].Text); round++)
        {
            var comma = tokens.FindIndex(t => t.Text == ",");
            if (comma < 0 || !Enumerable.Range(comma + 1, tokens.Count - comma - 1).Any(i => DateRoleClassifier.IsVerbLike(tokens, i)))
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

    private static (string Base, List<Token> Object)? ParticipleOpener(List<Token> tokens, int comma)
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
    private static void UseElaboration(List<Token> tokens)
    {
        var colon = tokens.FindIndex(t => t.Text == ":");
        if (colon > 0 && colon + 3 < tokens.Count && tokens.Take(colon).Any(t => CueBook.Get.VagueHappenings.Contains(t.Text)))
        {
            tokens.RemoveRange(0, colon + 1);
        }
    }

    /// <summary>"Mr. Yoshihiko Noda, the Prime Minister of Japan, on a visit to Los Cabos, held…" → "Mr. Yoshihiko Noda held…".</summary>
    private static int DropAppositive(List<Token> tokens, int verb)
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
    private static int NominalComplement(List<Token> tokens, int verb)
    {
        if (tokens[verb].Lower is not ("was" or "is") || tokens.Take(verb).Any(t => CueBook.Get.EventNominals.Contains(t.Text)))
        {
            return -1;
        }

        var i = verb + 1;
        if (i < tokens.Count && tokens[i].Lower is "the" or "a" or "an")
        {
            i++;
        }

        return i < tokens.Count && CueBook.Get.EventNominals.Contains(tokens[i].Text) ? i : -1;
    }

    /// <summary>Drops titles before a known person's name ("Russian President Boris Yeltsin" → "Boris Yeltsin") to fit the length.</summary>
    private static (List<Token> Tokens, List<string> Words) StripRoles(List<Token> tokens, List<string> words)
    {
        var roles = CueBook.Get.TitleRoleWords;
        var keep = new bool[tokens.Count];
        Array.Fill(keep, true);
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!tokens[i].IsCapitalised || roles.Contains(tokens[i].Text) || Gazetteer.Default.Find(tokens[i].Text, 0).Count == 0 &&
                !(i + 1 < tokens.Count && Gazetteer.Default.Find(tokens[i].Text + " " + tokens[i + 1].Text, 0).Count > 0))
            {
                continue;
            }

            var j = i - 1;
            while (j >= 0 && tokens[j].IsWord && roles.Contains(tokens[j].Text) && keep[j])
            {
                keep[j] = false;
                j--;
            }
        }

        var keptTokens = new List<Token>();
        var keptWords = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (keep[i])
            {
                keptTokens.Add(tokens[i]);
                keptWords.Add(words[i]);
            }
        }

        return (keptTokens, keptWords);
    }

    /// <summary>Cuts at a participial phrase after a comma (", starting diplomatic relations") or an opening quote.</summary>
    private static int CutPoint(List<Token> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (i >= MinWords && t.Text == "," && i + 1 < tokens.Count && tokens[i + 1].IsWord &&
                (tokens[i + 1].Lower.EndsWith("ing", StringComparison.Ordinal) || tokens[i + 1].Lower is "which" or "where" or "who" or "as" or "according"))
            {
                return i;
            }

            if (i >= MinWords && t.Text is "\"" or "“" && CueBook.Get.ReportingVerbs.Contains(tokens[i - 1].Text) &&
                !tokens.Skip(i + 1).Take(6).Any(x => x.Text is "\"" or "”"))
            {
                return i;
            }

            if (i >= MinWords && t.Text is ":" or ";" or "—")
            {
                return i;
            }
        }

        return tokens.Count;
    }

    private static string Shorten(List<Token> tokens, List<string> words, string text)
    {
        if (text.Length <= MaxLength)
        {
            return TrimDangling(tokens, words, tokens.Count);
        }

        var cues = CueBook.Get;
        foreach (var strong in (ReadOnlySpan<bool>)[true, false])
        {
            for (var end = tokens.Count - 1; end >= MinWords; end--)
            {
                var boundary = tokens[end].Text == "," || (tokens[end].IsWord && (strong ? StrongBoundaries.Contains(tokens[end].Text) : cues.TitleCutWords.Contains(tokens[end].Text)));
                if (!boundary)
                {
                    continue;
                }

                var candidate = TrimDangling(tokens, words, end);
                if (candidate.Length <= MaxLength && candidate.Split(' ').Length >= MinWords + (strong ? 1 : 0))
                {
                    return candidate;
                }
            }
        }

        for (var end = tokens.Count - 1; end >= 1; end--)
        {
            var candidate = TrimDangling(tokens, words, end);
            if (candidate.Length <= MaxLength)
            {
                return candidate;
            }
        }

        return text[..text.LastIndexOf(' ', MaxLength)];
    }

    private static string TrimDangling(List<Token> tokens, List<string> words, int end)
    {
        var stop = CueBook.Get.TitleEndStopWords;
        while (end > 1 && (!tokens[end - 1].IsWord && tokens[end - 1].Text is not (")" or "\"" or "”" or "’") || stop.Contains(words[end - 1])))
        {
            end--;
        }

        var text = Join(tokens.GetRange(0, end), words.GetRange(0, end));
        var quotes = text.Count(c => c == '"');
        if (quotes % 2 == 1)
        {
            text = text.Replace("\"", string.Empty, StringComparison.Ordinal);
        }

        return text;
    }

    private static int FindVerb(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            // "The declaration, signed in October 1956, provides…": a participle after a comma is not the main verb.
            if (DateRoleClassifier.IsVerbLike(tokens, i) && !(i > 0 && tokens[i - 1].Text == "," && tokens[i].Lower.EndsWith("ed", StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool HasParticiple(List<Token> tokens, int index)
    {
        var next = NextWord(tokens, index);
        return next >= 0 && !tokens[next].IsCapitalised &&
               (tokens[next].Lower.EndsWith("ed", StringComparison.Ordinal) || tokens[next].Lower.EndsWith("en", StringComparison.Ordinal) ||
                CueBook.Get.PassiveParticiples.Contains(tokens[next].Text));
    }

    private static int NextWord(List<Token> tokens, int index)
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

    private static bool IsPlural(List<Token> tokens, int verb)
    {
        var subject = tokens.Take(verb).Where(t => t.IsWord).ToList();
        if (subject.Count == 0)
        {
            return false;
        }

        var preposition = subject.FindIndex(t => t.Lower is "of" or "between" or "in" or "with" or "from" or "for" or "on" or "at");
        if (preposition > 0)
        {
            subject = subject.GetRange(0, preposition);
        }

        if (subject.Any(t => t.Is("and")) || PluralWords.Contains(subject[^1].Text))
        {
            return true;
        }

        while (subject.Count > 1 && (subject[^1].Lower.EndsWith("ly", StringComparison.Ordinal) || subject[^1].Lower is "instead" or "also" or "then" or "again" or "still" or "later" or "soon" or "now"))
        {
            subject.RemoveAt(subject.Count - 1);
        }

        var last = subject[^1];
        var properNoun = last.IsCapitalised && (subject.Count > 1 || Gazetteer.Default.Find(last.Text, 0).Count > 0);
        return !properNoun && last.Lower.EndsWith('s') && !last.Lower.EndsWith("ss", StringComparison.Ordinal) &&
               !last.Lower.EndsWith("us", StringComparison.Ordinal) && !last.Lower.EndsWith("is", StringComparison.Ordinal);
    }

    private static string Join(List<Token> tokens, List<string> words)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var space = i > 0 && (t.Start > tokens[i - 1].End || tokens[i - 1].End != t.Start) &&
                        t.Text is not ("," or "." or ";" or ":" or ")" or "’" or "”") && tokens[i - 1].Text is not ("(" or "“");
            if (space)
            {
                builder.Append(' ');
            }

            builder.Append(words[i]);
        }

        return builder.ToString();
    }

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>"Putin's 2000 Tokyo visit" → "Putin visits Tokyo"; "an October 1973 meeting between A and B" → "A and B meet".</summary>
    private static string? OccasionTitle(DatedSentence s, DateReading reading)
    {
        var cues = CueBook.Get;
        var slot = reading.Slot;
        var tokens = s.Tokens;
        var head = -1;
        for (var i = slot.End; i < reading.ClauseEnd; i++)
        {
            if (cues.OccasionNouns.ContainsKey(tokens[i].Text))
            {
                head = i;
                break;
            }
        }

        if (head < 0)
        {
            return null;
        }

        var verbs = cues.OccasionNouns[tokens[head].Text];
        var modifiers = Enumerable.Range(slot.End, head - slot.End).Select(i => tokens[i].Text).ToList();
        var complement = Enumerable.Range(head + 1, reading.ClauseEnd - head - 1).Select(i => tokens[i]).ToList();
        string? owner = null;
        if (tokens[slot.First - 1].IsPossessive)
        {
            var names = Enumerable.Range(reading.ClauseStart, slot.First - reading.ClauseStart)
                .Select(i => tokens[i].Text)
                .Select(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal) ? w[..^2] : w)
                .Where(w => !cues.RoleWords.Contains(w) && !w.Contains('-', StringComparison.Ordinal))
                .ToList();
            owner = names.Count > 0 ? string.Join(' ', names) : null;
        }

        var plural = false;
        if (owner is null && complement.Count > 1 && complement[0].Is("between"))
        {
            owner = Join(complement.GetRange(1, complement.Count - 1), complement.GetRange(1, complement.Count - 1).Select(t => t.Text).ToList());
            complement = [];
            plural = true;
        }

        if (owner is null)
        {
            return null;
        }

        var verb = plural ? verbs[1] : verbs[0];
        var rest = Join(complement, complement.Select(t => t.Text).ToList());
        if (tokens[head].Lower is "visit" or "visits" && complement.Count > 0 && complement[0].Is("to"))
        {
            rest = Join(complement.GetRange(1, complement.Count - 1), complement.Skip(1).Select(t => t.Text).ToList());
        }
        else if (tokens[head].Lower is "trip" or "journey" && modifiers.Count > 0 && complement.Count == 0)
        {
            rest = "to " + string.Join(' ', modifiers);
            modifiers = [];
        }

        var title = string.Join(' ', new[] { owner, verb, string.Join(' ', modifiers), rest }.Where(p => p.Length > 0));
        return title.Length <= MaxLength ? Capitalise(title) : Capitalise(title[..title.LastIndexOf(' ', MaxLength)]);
    }

    private static string Fallback(DatedSentence s, DateReading reading)
    {
        var text = s.Slice(0, s.Count);
        return text.Length <= MaxLength ? text : text[..text.LastIndexOf(' ', MaxLength)];
    }
}
