namespace JapanRussia.Core.Events;

/// <summary>
/// Groups mentions of the same happening, within and across documents, into one event, in stages: nodes (identical
/// statements folded, each with its named happening and act: <see cref="MergeNodes"/>), term weights, candidate
/// pairs from rare-key blocks (<see cref="CandidatePairs"/>), clustering under the merge rules (here), and each
/// cluster built into an event (<see cref="EventAssembler"/>). Two mentions merge when they name one happening, or
/// when what they say is alike and their dates are compatible; nearly identical statements with incompatible dates
/// merge too, and the event records that the sources disagree.
/// </summary>
public static class EventMerger
{
    /// <summary>Similarity above which two compatible mentions state one happening.</summary>
    public const double MergeThreshold = CandidatePairs.MergeThreshold;

    /// <summary>Similarity above which two mentions with incompatible dates still state one happening.</summary>
    public const double DisagreementThreshold = CandidatePairs.DisagreementThreshold;

    private const int DisagreementYears = 2;

    /// <summary>How many nodes of each cluster the average-link check compares.</summary>
    private const int LinkSample = 6;

    public static IReadOnlyList<TimelineEvent> Merge(IEnumerable<EventMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var (nodes, terms, happenings) = MergeNodes.Build(mentions);
        var weights = TermWeights.Of(nodes, terms);
        var edges = CandidatePairs.Find(nodes, weights);
        var roots = Cluster(nodes, weights, edges);
        return Enumerable.Range(0, nodes.Count)
            .GroupBy(i => roots[i])
            .AsParallel()
            .Select(group => EventAssembler.Build(group.Select(i => nodes[i]).ToList(), happenings))
            .AsSequential()
            .OrderBy(e => e.Date.Start)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Joins nodes along the candidate edges, strongest first, where the merge rules allow; each node's cluster root.</summary>
    private static int[] Cluster(List<MergeNode> nodes, TermWeights weights, List<MergeEdge> edges)
    {
        var clusters = nodes.Select((n, i) => new MergeCluster(i, n)).ToArray();
        var parent = Enumerable.Range(0, nodes.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        edges.Sort((x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        foreach (var edge in edges)
        {
            var a = clusters[Find(edge.A)];
            var b = clusters[Find(edge.B)];
            if (a == b || a.ConflictsWith(b) || !MayJoin(a, b, edge, nodes, weights))
            {
                continue;
            }

            var (big, small) = a.Nodes.Count >= b.Nodes.Count ? (a, b) : (b, a);
            big.Absorb(small);
            parent[small.Root] = big.Root;
        }

        return Enumerable.Range(0, nodes.Count).Select(Find).ToArray();
    }

    private static bool MayJoin(MergeCluster a, MergeCluster b, MergeEdge edge, List<MergeNode> nodes, TermWeights weights)
    {
        if (a.Happening is not null && a.Happening == b.Happening)
        {
            return true;
        }

        if (!a.DatesAgreeWith(b) && (edge.Score < DisagreementThreshold || a.YearsSpannedWith(b) > DisagreementYears))
        {
            return false;
        }

        return AverageLink(a, b, nodes, weights) >= MergeThreshold * 0.75;
    }

    /// <summary>Mean similarity between two clusters, over at most a few nodes of each so that big clusters stay cheap.</summary>
    private static double AverageLink(MergeCluster a, MergeCluster b, List<MergeNode> nodes, TermWeights weights)
    {
        double total = 0;
        var pairs = 0;
        foreach (var i in a.Nodes.Take(LinkSample))
        {
            foreach (var j in b.Nodes.Take(LinkSample))
            {
                total += weights.Score(nodes[i].Terms, nodes[j].Terms) + MergeDates.Affinity(nodes[i].Date, nodes[j].Date);
                pairs++;
            }
        }

        return total / pairs;
    }
}
