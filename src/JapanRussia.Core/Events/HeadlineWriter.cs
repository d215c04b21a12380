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

    private static readonly HashSet<string> PluralWords = new(StringComparer.OrdinalIgnoreCase) { "police", "people", "both", "they", "we" };

    public static string Write(DatedSentence s, DateReading reading)
    {
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

            if (depth == 0 && (i < slot.First || i >= slot.End))
            {
                tokens.Add(t);
            }
            else if (depth == 0 && i == slot.First)
            {
                RemoveDatePhrase(tokens);
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
        var title = Compose(tokens);
        return title.Length > 0 ? title : Fallback(s, reading);
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

            if (tokens.Count > 0 && tokens[0].Lower is "when" or "where" or "while" or "and" or "but" or "although" or "though" or "whereas" or "which" or "who" or "that")
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
        if (tokens.Count == 0)
        {
            return string.Empty;
        }

        var cues = CueBook.Get;
        var words = tokens.Select(t => t.Text).ToList();
        var verb = FindVerb(tokens);
        if (verb >= 0)
        {
            var lower = tokens[verb].Lower;
            if (verb > 0 && cues.EvaluativeVerbs.Contains(lower) && tokens.Take(verb).Any(t => cues.EventNominals.Contains(t.Text)) && !HasParticiple(tokens, verb + 1))
            {
                // "Tokyo's imposition of sanctions on Russia was the final nail…": the subject is the happening.
                words = words.GetRange(0, verb);
                tokens = tokens.GetRange(0, verb);
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
                }
            }
        }

        var cut = CutPoint(tokens);
        words = words.GetRange(0, cut);
        tokens = tokens.GetRange(0, cut);
        var text = Join(tokens, words);
        text = Shorten(tokens, words, text);
        return Capitalise(text.Trim().TrimEnd(',', ';', ':', '.', '—', '-').Trim());
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

            if (i >= MinWords && t.Text is "\"" or "“" && tokens.Take(i).Count(x => x.Text is "\"" or "“" or "”") % 2 == 0 &&
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
        for (var end = tokens.Count - 1; end >= MinWords; end--)
        {
            var boundary = tokens[end].Text == "," || (tokens[end].IsWord && cues.TitleCutWords.Contains(tokens[end].Text));
            if (!boundary)
            {
                continue;
            }

            var candidate = TrimDangling(tokens, words, end);
            if (candidate.Length <= MaxLength && candidate.Split(' ').Length >= MinWords)
            {
                return candidate;
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
            if (DateRoleClassifier.IsVerbLike(tokens, i))
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

        if (subject.Any(t => t.Is("and")) || PluralWords.Contains(subject[^1].Text))
        {
            return true;
        }

        var last = subject[^1];
        return !last.IsCapitalised && last.Lower.EndsWith('s') && !last.Lower.EndsWith("ss", StringComparison.Ordinal) &&
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
