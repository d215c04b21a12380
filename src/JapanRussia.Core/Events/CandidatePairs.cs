namespace JapanRussia.Core.Events;

/// <summary>A pair of nodes worth comparing, with their similarity (2 for two statements of one named happening).</summary>
internal readonly record struct MergeEdge(int A, int B, double Score);

/// <summary>
/// Finds the pairs of nodes that may state one happening, in time linear in the number of nodes. Nodes are put in
/// blocks by rare keys: the named happening they state; their exact terms; each of their rarest terms, alone when
/// few nodes hold it, or with a year when it is common. A block of a few nodes is compared pair by pair; a larger
/// one only between neighbours in date order, so no key shared by a tenth of the corpus makes the work quadratic.
/// Reports of one day by different sources about one person's doings are compared too (<see cref="SameDayAgent"/>).
/// </summary>
internal static class CandidatePairs
{
    /// <summary>Similarity above which two compatible mentions state one happening.</summary>
    public const double MergeThreshold = 0.29;

    /// <summary>Similarity above which two mentions with incompatible dates still state one happening.</summary>
    public const double DisagreementThreshold = 0.72;

    public const double SameHappening = 2.0;

    /// <summary>A term held by at most this many nodes blocks without a date: what finds sources that disagree on the year.</summary>
    private const int RareTermNodes = 24;

    /// <summary>A block up to this size is compared pair by pair.</summary>
    private const int SmallBlock = 24;

    /// <summary>In a larger block, how many following nodes in date order each node is compared with.</summary>
    private const int Window = 8;

    /// <summary>How many of its rarest terms index a node.</summary>
    private const int BlockingTerms = 3;

    private const int MaxYearsPerNode = 12;

    public static List<MergeEdge> Find(IReadOnlyList<MergeNode> nodes, TermWeights weights)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var edges = new List<MergeEdge>();
        foreach (var members in Blocks(nodes, weights).Values)
        {
            if (members.Count < 2)
            {
                continue;
            }

            if (members.Count <= SmallBlock)
            {
                for (var x = 0; x < members.Count; x++)
                {
                    for (var y = x + 1; y < members.Count; y++)
                    {
                        Consider(nodes, weights, members[x], members[y], edges);
                    }
                }

                continue;
            }

            members.Sort((x, y) => nodes[x].Date.Start != nodes[y].Date.Start ? nodes[x].Date.Start.CompareTo(nodes[y].Date.Start) : x.CompareTo(y));
            for (var x = 0; x < members.Count; x++)
            {
                for (var y = x + 1; y < members.Count && y <= x + Window; y++)
                {
                    Consider(nodes, weights, members[x], members[y], edges);
                }
            }
        }

        // A pair met in several blocks is one edge.
        edges.Sort((x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        var distinct = new List<MergeEdge>(edges.Count);
        foreach (var edge in edges)
        {
            if (distinct.Count == 0 || distinct[^1].A != edge.A || distinct[^1].B != edge.B)
            {
                distinct.Add(edge);
            }
        }

        return distinct;
    }

    private static Dictionary<(int Kind, string Text, int Number), List<int>> Blocks(IReadOnlyList<MergeNode> nodes, TermWeights weights)
    {
        var blocks = new Dictionary<(int, string, int), List<int>>();
        void Add((int, string, int) key, int node)
        {
            if (!blocks.TryGetValue(key, out var list))
            {
                blocks[key] = list = [];
            }

            list.Add(node);
        }

        var rarest = new List<int>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node.Happening is not null)
            {
                Add((0, node.Happening, 0), i);
            }

            if (SameDayAgent.KeyOf(node) is { } agentDay)
            {
                Add((1, agentDay, 0), i);
            }

            if (node.Terms.Length == 0)
            {
                continue;
            }

            Add((1, string.Join(',', node.Terms), 0), i);
            rarest.Clear();
            rarest.AddRange(node.Terms);
            rarest.Sort((x, y) => weights[y] != weights[x] ? weights[y].CompareTo(weights[x]) : x.CompareTo(y));
            foreach (var term in rarest.Take(BlockingTerms))
            {
                if (weights.NodeFrequency[term] <= RareTermNodes)
                {
                    Add((2, string.Empty, term), i);
                    continue;
                }

                var last = Math.Min(node.Date.End.Year, node.Date.Start.Year + MaxYearsPerNode - 1);
                for (var year = node.Date.Start.Year; year <= last; year++)
                {
                    Add((3 + year, string.Empty, term), i);
                }
            }
        }

        return blocks;
    }

    private static void Consider(IReadOnlyList<MergeNode> nodes, TermWeights weights, int x, int y, List<MergeEdge> edges)
    {
        var (a, b) = x < y ? (x, y) : (y, x);
        var first = nodes[a];
        var second = nodes[b];
        if (first.Happening is not null && first.Happening == second.Happening)
        {
            edges.Add(new MergeEdge(a, b, SameHappening));
            return;
        }

        if (first.Happening is not null && second.Happening is not null)
        {
            return;
        }

        var score = weights.Score(first.Terms, second.Terms);
        if ((score >= MergeThreshold && MergeDates.Compatible(first.Date, second.Date)) || score >= DisagreementThreshold)
        {
            edges.Add(new MergeEdge(a, b, score));
        }
        else if (SameDayAgent.Joins(first, second))
        {
            edges.Add(new MergeEdge(a, b, MergeThreshold));
        }
    }
}
