using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Events;

/// <summary>
/// The acts a clause states (Reference/merge-terms.json "acts"): "was drafted" → draft, "broke out" → start. The
/// lifecycle act of a document (drafted, signed, ratified…) tells two statements of one day apart.
/// </summary>
internal static class ClauseActs
{
    private static readonly Lazy<(PhraseTable<string> Table, HashSet<string> Lifecycle)> LazyTable = new(() =>
    {
        var terms = ReferenceData.MergeTerms;
        var table = new PhraseTable<string>();
        foreach (var (act, phrases) in terms.Acts)
        {
            foreach (var phrase in phrases)
            {
                table.Add(phrase, act);
            }
        }

        return (table, terms.LifecycleActs.ToHashSet(StringComparer.Ordinal));
    });

    /// <summary>Every act stated in <paramref name="words"/> (lower-case tokens), with the token it starts at.</summary>
    public static IEnumerable<(string Act, int At)> Find(IReadOnlyList<string> words) =>
        LazyTable.Value.Table.FindIn(words).Select(f => (f.Value, f.At));

    /// <summary>The first act of a document's life that <paramref name="clause"/> states, or null.</summary>
    public static string? Lifecycle(string clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var lifecycle = LazyTable.Value.Lifecycle;
        foreach (var (act, _) in Find(PhraseTable<string>.Words(clause)))
        {
            if (lifecycle.Contains(act))
            {
                return act;
            }
        }

        return null;
    }
}
