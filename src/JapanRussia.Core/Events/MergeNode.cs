using JapanRussia.Core.Dates;

namespace JapanRussia.Core.Events;

/// <summary>
/// Mentions that say the same words about the same date (a sentence copied between sources) and name the same
/// happening, if any: the unit the merger compares. Terms are ids into the corpus's term table, sorted.
/// </summary>
internal sealed class MergeNode(int[] terms, HistoricalDate date, string? happening, string? lifecycleAct)
{
    public int[] Terms { get; } = terms;

    public HistoricalDate Date { get; } = date;

    /// <summary>The named happening and act (<see cref="HappeningMatch.Key"/>) its mentions state, or null.</summary>
    public string? Happening { get; } = happening;

    /// <summary>The act of a document's life its clause states (drafted, signed…), or null.</summary>
    public string? LifecycleAct { get; } = lifecycleAct;

    public List<EventMention> Mentions { get; } = [];

    /// <summary>The sentences already in this node; a set, so that a sentence repeated thousands of times stays cheap.</summary>
    public HashSet<(string Document, int Start)> Sentences { get; } = [];
}

/// <summary>The first stage of merging: each mention's terms, named happening and act, and identical statements folded into one node.</summary>
internal static class MergeNodes
{
    public static (List<MergeNode> Nodes, List<string> Terms, Dictionary<string, HappeningMatch> Happenings) Build(IEnumerable<EventMention> mentions)
    {
        var nodes = new List<MergeNode>();
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>();
        var happenings = new Dictionary<string, HappeningMatch>(StringComparer.Ordinal);
        var byKey = new Dictionary<string, MergeNode>(StringComparer.Ordinal);
        // What each mention says is worked out in parallel (the costly part); folding it into nodes stays in order.
        var read = mentions
            .AsParallel()
            .AsOrdered()
            .Select(m => (Mention: m, Signature: EventSignature.Of(m), Match: HappeningMatcher.Default.Match(m), Act: ClauseActs.Lifecycle(m.Clause)));
        foreach (var (mention, signature, match, act) in read)
        {
            var ids = new int[signature.Count];
            var k = 0;
            foreach (var term in signature)
            {
                if (!termIds.TryGetValue(term, out var id))
                {
                    termIds[term] = id = terms.Count;
                    terms.Add(term);
                }

                ids[k++] = id;
            }

            Array.Sort(ids);
            if (match is not null)
            {
                happenings.TryAdd(match.Key, match);
            }

            var date = mention.Date.Date;
            var key = string.Join('|', date.Start.DayNumber, date.End.DayNumber, date.Precision, date.Qualifier, match?.Key, string.Join(',', ids));
            var sentence = (mention.DocumentFileName, mention.Sentence.Start);
            if (ids.Length == 0 || !byKey.TryGetValue(key, out var node) || node.Sentences.Contains(sentence))
            {
                node = new MergeNode(ids, date, match?.Key, act);
                nodes.Add(node);
                if (ids.Length > 0)
                {
                    byKey[key] = node;
                }
            }

            node.Mentions.Add(mention);
            node.Sentences.Add(sentence);
        }

        return (nodes, terms, happenings);
    }
}
