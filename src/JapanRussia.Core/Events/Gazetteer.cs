using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Events;

/// <summary>
/// Finds the people and places a text names and folds spelling variants to one canonical name
/// (Reference/gazetteer.json). Spellings are looked up by their first word, longest first, so the cost is one look-up
/// per word whatever the gazetteer holds (a single regular-expression alternation stopped compiling as the list grew).
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> LazyDefault = new(() => new Gazetteer(ReferenceData.Gazetteer));

    private readonly PhraseTable<Candidate[]> _variants = new();

    public Gazetteer(IEnumerable<GazetteerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var byVariant = new Dictionary<string, List<Candidate>>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            var kind = string.Equals(entry.Kind, "person", StringComparison.OrdinalIgnoreCase) ? EntityKind.Person : EntityKind.Place;
            var entity = new NamedEntity(kind, entry.Name);
            foreach (var variant in entry.Variants)
            {
                Add(variant, new Candidate(entity, null, null));
            }

            foreach (var variant in entry.Ambiguous ?? [])
            {
                var years = entry.Years;
                Add(variant, new Candidate(entity, years is { Count: > 0 } ? years[0] : null, years is { Count: > 1 } ? years[1] : null));
            }
        }

        foreach (var (variant, candidates) in byVariant)
        {
            _variants.Add(NameWords(variant), candidates.ToArray());
        }

        void Add(string variant, Candidate candidate)
        {
            if (!byVariant.TryGetValue(variant, out var list))
            {
                byVariant[variant] = list = [];
            }

            list.Add(candidate);
        }
    }

    public static Gazetteer Default => LazyDefault.Value;

    /// <summary>
    /// The distinct entities named in <paramref name="text"/>, in order of first mention. A spelling shared by
    /// several people ("Roosevelt") counts only when <paramref name="year"/> falls in one of their years.
    /// </summary>
    public IReadOnlyList<NamedEntity> Find(string text, int year)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<NamedEntity>();
        foreach (var (candidates, _, _) in _variants.FindLongestIn(NameWords(text)))
        {
            var entity = Resolve(candidates, year);
            if (entity is not null && !found.Contains(entity))
            {
                found.Add(entity);
            }
        }

        return found;
    }

    /// <summary>
    /// The lower-case runs of letters and digits: "Putin's" holds "putin", "Yuzhno-Sakhalinsk" is two words on
    /// both sides, so a spelling is found wherever a word boundary would find it.
    /// </summary>
    private static string[] NameWords(string text)
    {
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var j = i + 1;
            while (j < text.Length && char.IsLetterOrDigit(text[j]))
            {
                j++;
            }

            words.Add(text[i..j].ToLowerInvariant());
            i = j;
        }

        return [.. words];
    }

    private static NamedEntity? Resolve(Candidate[] candidates, int year)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.From is null || (year >= candidate.From && year <= (candidate.To ?? int.MaxValue)))
            {
                return candidate.Entity;
            }
        }

        return null;
    }

    private sealed record Candidate(NamedEntity Entity, int? From, int? To);
}
