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
    private static readonly Lazy<(FrozenSet<string> Stop, FrozenDictionary<string, string> Concepts)> LazyTables = new(() =>
    {
        var terms = ReferenceData.MergeTerms;
        var concepts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (concept, words) in terms.Concepts)
        {
            foreach (var word in words)
            {
                concepts.TryAdd(word, "~" + concept);
            }
        }

        return (terms.StopWords.ToFrozenSet(StringComparer.Ordinal), concepts.ToFrozenDictionary(StringComparer.Ordinal));
    });

    public static HashSet<string> Of(EventMention mention)
    {
        var (stop, concepts) = LazyTables.Value;
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Tokenize(mention.Clause, 0, mention.Clause.Length))
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

            if (stop.Contains(word) || word.Length < 3 || word.Any(char.IsAsciiDigit))
            {
                continue;
            }

            if (concepts.TryGetValue(word, out var concept))
            {
                terms.Add(concept);
                continue;
            }

            var stem = Stem(word);
            if (!stop.Contains(stem))
            {
                terms.Add(stem);
            }
        }

        foreach (var entity in mention.Entities)
        {
            terms.Add("@" + entity.Name);
        }

        return terms;
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
