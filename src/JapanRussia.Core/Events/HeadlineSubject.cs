using JapanRussia.Core.Documents;

namespace JapanRussia.Core.Events;

/// <summary>
/// States a headline's subject when the sentence only points at it: "It hinted…" takes the subject of the sentence
/// before ("The Soviet Union hints…"), "he" the person it names, "this cooperation" or "these islands" the phrase
/// with that head word there ("the Habomai Islands and Shikotan"), "The visit" after "Yeltsin postponed a visit to
/// Japan" becomes "Boris Yeltsin's visit to Japan". With nothing to point at, a demonstrative becomes "the".
/// </summary>
internal static class HeadlineSubject
{
    /// <summary>How many sentences back a pointer may reach: the sentence before, or the paragraph before.</summary>
    private const int SentencesBack = 3;

    private const int ContextCharacters = 1500;

    private const int MaxPhraseWords = 8;

    /// <summary>
    /// The sentence itself, then the sentences before it, nearest first, within this paragraph and the one before:
    /// where a pronoun or "this X" finds what it points to.
    /// </summary>
    public static List<List<Token>> Context(DatedSentence sentence)
    {
        var text = sentence.Text;
        var end = sentence.Span.Start;
        var start = Math.Max(0, end - ContextCharacters);
        var breaks = 0;
        for (var i = end - 1; i > start; i--)
        {
            if (text[i] == '\n' && text[i - 1] == '\n' && ++breaks == 2)
            {
                start = i + 1;
                break;
            }
        }

        var before = SentenceSplitter.Split(text, start, end)
            .Reverse()
            .Take(SentencesBack)
            .Select(span => Tokenizer.Tokenize(text, span.Start, span.End));
        return before.Prepend(sentence.Tokens).ToList();
    }

    /// <summary>
    /// Rewrites the subject before <paramref name="verb"/> (and any dangling "these X") in <paramref name="words"/>;
    /// false when the subject still only points.
    /// </summary>
    public static bool Resolve(List<Token> tokens, List<string> words, int verb, IReadOnlyList<List<Token>> context)
    {
        var book = HeadlineBook.Get;
        var stated = true;
        var first = tokens[0];
        if (verb == 1 && (book.Pronouns.Contains(first.Text) || book.Demonstratives.Contains(first.Text)))
        {
            var antecedent = Pronoun(first, context);
            words[0] = antecedent ?? words[0];
            stated = antecedent is not null;
        }
        else if (book.PossessivePronouns.Contains(first.Text))
        {
            // "…was signed on 7 May 1875, and its ratifications exchanged…": the owner is the subject before.
            var owner = Pronoun(first, context);
            words[0] = owner is null ? words[0] : owner + "'s";
            stated = owner is not null;
        }
        else if (book.Demonstratives.Contains(first.Text) || (verb == 2 && HeadlineBook.Get.Articles.Contains(first.Text) && CueBook.Get.EventNominals.Contains(tokens[1].Text)))
        {
            var head = Head(tokens, verb);
            if (Phrase(tokens[head], context) is { } phrase)
            {
                words[0] = phrase;
                for (var i = 1; i <= head; i++)
                {
                    words[i] = string.Empty;
                }
            }
            else if (book.Demonstratives.Contains(first.Text))
            {
                words[0] = "the";
                stated = false;
            }
        }

        var quoted = false;
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            // A quotation is the source's own words: it is kept as said.
            quoted ^= tokens[i].Text is "\"" or "“" or "”";
            if (!quoted && book.DanglingDemonstratives.Contains(tokens[i].Text) && tokens[i + 1].IsWord && words[i].Length > 0)
            {
                var phrase = Phrase(tokens[i + 1], context);
                words[i] = phrase ?? "the";
                words[i + 1] = phrase is null ? words[i + 1] : string.Empty;
            }
        }

        return stated;
    }

    /// <summary>The last word of the subject before its prepositional phrases: "these islands" → islands.</summary>
    private static int Head(List<Token> tokens, int verb)
    {
        var head = verb - 1;
        for (var i = 1; i < verb; i++)
        {
            if (HeadlineBook.Get.SubjectPrepositions.Contains(tokens[i].Text) || !tokens[i].IsWord)
            {
                head = i - 1;
                break;
            }
        }

        return Math.Max(1, head);
    }

    private static string? Pronoun(Token pronoun, IReadOnlyList<List<Token>> context)
    {
        foreach (var sentence in context)
        {
            if (HeadlineBook.Get.PersonalPronouns.Contains(pronoun.Text))
            {
                var text = string.Join(' ', sentence.Select(t => t.Text));
                if (Gazetteer.Default.Find(text, 0).FirstOrDefault(e => e.Kind == EntityKind.Person) is { } person)
                {
                    return person.Name;
                }

                // A person the gazetteer does not know: the sentence's subject, when it ends in a name.
                if (SubjectOf(sentence) is { } named && char.IsUpper(named.Split(' ')[^1][0]))
                {
                    return named;
                }

                continue;
            }

            if (SubjectOf(sentence) is { } subject)
            {
                return subject;
            }
        }

        return null;
    }

    /// <summary>The subject of a sentence when it is a short noun phrase that names something ("The Soviet Union").</summary>
    private static string? SubjectOf(List<Token> sentence)
    {
        sentence = OutsideBrackets(sentence);
        var verb = sentence.FindIndex(t => VerbCues.IsVerbLike(sentence, sentence.IndexOf(t)));
        if (verb <= 0)
        {
            return null;
        }

        // "In addition, the Soviet Union pledged…": the subject follows a fronted phrase's comma; "The Battle of
        // Shumshu, the Soviet invasion of Shumshu, was…": an appositive between commas leaves it before the first.
        var start = sentence.FindLastIndex(verb - 1, verb, t => t.Text == ",") + 1;
        var end = verb;
        if (start == verb && sentence.FindIndex(0, verb, t => t.Text == ",") is > 0 and var first)
        {
            (start, end) = (0, first);
        }

        var subject = NameOnly(sentence.GetRange(start, end - start));
        var book = HeadlineBook.Get;
        if (subject.Count == 0 || subject.Count > MaxPhraseWords || book.Pronouns.Contains(subject[0].Text) ||
            book.Demonstratives.Contains(subject[0].Text) || subject.Any(t => !t.IsWord) || !subject.Any(t => t.IsCapitalised && t.Start != sentence[0].Start))
        {
            return null;
        }

        return string.Join(' ', subject.Select(t => t.Text));
    }

    /// <summary>
    /// "The Treaty of Saint Petersburg between the Empire of Japan and the Russian Empire" → "The Treaty of Saint
    /// Petersburg": a long subject is named by what stands before its first phrase that is not part of a name.
    /// </summary>
    private static List<Token> NameOnly(List<Token> subject)
    {
        if (subject.Count <= MaxPhraseWords)
        {
            return subject;
        }

        for (var i = 2; i + 1 < subject.Count; i++)
        {
            if (HeadlineBook.Get.SubjectPrepositions.Contains(subject[i].Text) && !subject[i].IsCapitalised && !subject[i + 1].IsCapitalised)
            {
                return subject.GetRange(0, i);
            }
        }

        return subject;
    }

    private static List<Token> OutsideBrackets(List<Token> tokens)
    {
        var depth = 0;
        var kept = new List<Token>(tokens.Count);
        foreach (var token in tokens)
        {
            depth += token.Text is "(" or "[" ? 1 : 0;
            if (depth == 0)
            {
                kept.Add(token);
            }

            depth -= token.Text is ")" or "]" && depth > 0 ? 1 : 0;
        }

        return kept;
    }

    /// <summary>
    /// The noun phrase of the nearest sentence before whose head is <paramref name="head"/>: its modifiers, an "of/to"
    /// complement and a coordinated name; owned by the person who is that sentence's subject when there is one.
    /// </summary>
    private static string? Phrase(Token head, IReadOnlyList<List<Token>> context)
    {
        foreach (var sentence in context)
        {
            // Only what comes before the pointer: "these islands … the main islands of Japan" points back, not ahead.
            var at = sentence.FindIndex(t => t.IsWord && t.Start < head.Start && SameNoun(t.Lower, head.Lower));
            if (at < 0)
            {
                continue;
            }

            var left = at;
            while (left > 0 && sentence[left - 1].IsWord && !VerbCues.IsVerbLike(sentence, left - 1) &&
                   !HeadlineBook.Get.SubjectPrepositions.Contains(sentence[left - 1].Text) && !sentence[left - 1].Is("and") &&
                   !HeadlineBook.Get.AttributiveDeterminers.Contains(sentence[left - 1].Text) && at - left < 4)
            {
                left--;
            }

            var right = at + 1;
            if (right + 1 < sentence.Count && HeadlineBook.Get.ComplementPrepositions.Contains(sentence[right].Text) && sentence[right + 1].IsWord)
            {
                right += 2;
            }

            while (right + 1 < sentence.Count && sentence[right].Is("and") && sentence[right + 1].IsCapitalised)
            {
                right += 2;
            }

            var words = sentence.GetRange(left, right - left).Select(t => t.Text).ToList();
            if (words.Count > 0 && HeadlineBook.Get.Articles.Contains(words[0]))
            {
                words.RemoveAt(0);
            }

            var owner = left > 0 ? Gazetteer.Default.Find(string.Join(' ', sentence.Take(left).Select(t => t.Text)), 0).FirstOrDefault(e => e.Kind == EntityKind.Person) : null;
            var modifiers = words.TakeWhile(w => !SameNoun(w.ToLowerInvariant(), head.Lower)).ToList();
            if (owner is not null && modifiers.All(w => !char.IsUpper(w[0])))
            {
                return owner.Name + "'s " + string.Join(' ', words.Skip(modifiers.Count));
            }

            return "the " + string.Join(' ', words);
        }

        return null;
    }

    private static bool SameNoun(string a, string b) =>
        a == b || a == b + "s" || b == a + "s" || (a.EndsWith('y') && b == a[..^1] + "ies") || (b.EndsWith('y') && a == b[..^1] + "ies");
}
