using System.Collections.Frozen;
using System.Text.RegularExpressions;
using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Events;

/// <summary>
/// Finds the people and places a text names and folds spelling variants to one canonical name
/// (Reference/gazetteer.json). One compiled alternation, longest spelling first, run by the non-backtracking engine,
/// so the cost is linear in the text whatever the gazetteer holds.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> LazyDefault = new(() => new Gazetteer(ReferenceData.Gazetteer));

    private readonly Regex _pattern;
    private readonly FrozenDictionary<string, Candidate[]> _byVariant;

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

        _byVariant = byVariant.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        var alternation = string.Join("|", byVariant.Keys.OrderByDescending(v => v.Length).Select(Regex.Escape));
        _pattern = new Regex(
            $@"\b(?:{alternation})\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

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
        foreach (var match in _pattern.EnumerateMatches(text))
        {
            var variant = text.Substring(match.Index, match.Length);
            if (!_byVariant.TryGetValue(variant, out var candidates))
            {
                continue;
            }

            var entity = Resolve(candidates, year);
            if (entity is not null && !found.Contains(entity))
            {
                found.Add(entity);
            }
        }

        return found;
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
