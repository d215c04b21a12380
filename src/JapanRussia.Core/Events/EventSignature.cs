using System.Collections.Frozen;
using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Events;

/// <summary>
/// What a mention says, as a set of content terms: words of its clause without stop words, crudely stemmed, with
/// words of one family folded to one concept ("visited", "trip" → visit), plus the canonical names of the people and
/// places it names. Two statements of one happening share distinctive terms; two happenings of one year rarely do.
/// </summary>
internal static class EventSignature
{
    private static readonly Lazy<(FrozenSet<string> Stop, FrozenDictionary<string, string> Concepts, FrozenSet<string> NamedModifiers, FrozenSet<string> NamedHeads)> LazyTables = new(() =>
    {
        var terms = ReferenceData.MergeTerms;
        var concepts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (concept, words) in terms.Concepts)
        {
            foreach (var word in words)
            {
                concepts.TryAdd(word, "~" + concept);
                concepts.TryAdd(Stem(word), "~" + concept);
            }
        }

        return (
            terms.StopWords.ToFrozenSet(StringComparer.Ordinal),
            concepts.ToFrozenDictionary(StringComparer.Ordinal),
            terms.NamedModifiers.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            terms.NamedHeads.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    });

    /// <summary>The concept a word belongs to ("visited" → "encounter"), or null.</summary>
    public static string? ConceptOf(string word)
    {
        var concepts = LazyTables.Value.Concepts;
        return concepts.TryGetValue(word, out var concept) || concepts.TryGetValue(Stem(word), out concept) ? concept[1..] : null;
    }

    /// <summary>
    /// The terms of a mention: the words of its headline (who did what, without the sentence's asides), the names of
    /// documents in its clause, and the people and places its headline names.
    /// </summary>
    public static HashSet<string> Of(EventMention mention)
    {
        var (stop, concepts, _, _) = LazyTables.Value;
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var title = mention.Title.Replace('–', '-');
        var entities = Gazetteer.Default.Find(mention.Title, mention.Date.Date.Start.Year);
        var named = entities.SelectMany(e => e.Name.Split(' ')).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Tokenize(title, 0, title.Length))
        {
            if (!token.IsWord || token.IsNumber)
            {
                continue;
            }

            var word = token.Lower;
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            {
                word = word[..^2];
            }

            if (stop.Contains(word) || word.Length < 3 || word.Any(char.IsAsciiDigit) || (token.IsCapitalised && named.Contains(word)))
            {
                continue;
            }

            var stem = Stem(word);
            if (concepts.TryGetValue(word, out var concept) || concepts.TryGetValue(stem, out concept))
            {
                terms.Add(concept);
            }
            else if (!stop.Contains(stem))
            {
                terms.Add(stem);
            }
        }

        foreach (var name in NamedThings(mention.Clause.Replace('–', '-')))
        {
            terms.Add(name);
        }

        foreach (var entity in entities)
        {
            terms.Add("@" + entity.Name);
        }

        return terms;
    }

    /// <summary>
    /// Names of documents and happenings ("Joint Declaration", "Treaty of Shimoda", "neutrality pact"), the
    /// strongest evidence that two sentences speak of the same thing: "#joint declaration", "#treaty of shimoda".
    /// </summary>
    private static IEnumerable<string> NamedThings(string clause)
    {
        var (stop, _, namedModifiers, namedHeads) = LazyTables.Value;
        var tokens = Tokenizer.Tokenize(clause, 0, clause.Length);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !namedHeads.Contains(tokens[i].Text))
            {
                continue;
            }

            var head = tokens[i].Lower;
            if (i + 2 < tokens.Count && tokens[i + 1].Is("of") && tokens[i + 2].IsCapitalised && !tokens[i + 2].IsNumber)
            {
                yield return $"#{head} of {tokens[i + 2].Lower}";
            }
            else if (i > 0 && tokens[i - 1].IsWord && !tokens[i - 1].IsNumber && !stop.Contains(tokens[i - 1].Lower) &&
                     (tokens[i - 1].IsCapitalised || namedModifiers.Contains(tokens[i - 1].Text)))
            {
                yield return $"#{tokens[i - 1].Lower} {head}";
            }
        }
    }

    private static string Stem(string word)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["ations", "ation", "ings", "ing", "ies", "ed", "es", "s"])
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }
}
