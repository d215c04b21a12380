namespace JapanRussia.Core.Events;

/// <summary>
/// How much sharing a term says: rare terms much (a name, a document), common ones little; names of documents and
/// happenings ("#treaty of shimoda") count double. Similarity is the weighted cosine of two nodes' term sets.
/// </summary>
internal sealed class TermWeights
{
    private readonly double[] _weights;

    private TermWeights(double[] weights, int[] nodeFrequency)
    {
        _weights = weights;
        NodeFrequency = nodeFrequency;
    }

    /// <summary>How many nodes hold each term: what blocking asks to know whether a term is rare.</summary>
    public int[] NodeFrequency { get; }

    public double this[int term] => _weights[term];

    public static TermWeights Of(IReadOnlyList<MergeNode> nodes, IReadOnlyList<string> terms)
    {
        var frequency = new int[terms.Count];
        var nodeFrequency = new int[terms.Count];
        var n = 0;
        foreach (var node in nodes)
        {
            n += node.Mentions.Count;
            foreach (var term in node.Terms)
            {
                frequency[term] += node.Mentions.Count;
                nodeFrequency[term]++;
            }
        }

        var weights = new double[terms.Count];
        for (var t = 0; t < terms.Count; t++)
        {
            weights[t] = frequency[t] == 0 ? 1.0 : Math.Log(1.0 + ((double)n / frequency[t])) * (terms[t].StartsWith('#') ? 2.0 : 1.0);
        }

        return new TermWeights(weights, nodeFrequency);
    }

    /// <summary>Weighted cosine of two sorted term-id arrays: 0 when nothing is shared, 1 for the same terms.</summary>
    public double Score(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        double shared = 0, sumA = 0, sumB = 0;
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            if (j >= b.Length || (i < a.Length && a[i] < b[j]))
            {
                sumA += _weights[a[i++]];
            }
            else if (i >= a.Length || b[j] < a[i])
            {
                sumB += _weights[b[j++]];
            }
            else
            {
                var w = _weights[a[i]];
                shared += w;
                sumA += w;
                sumB += w;
                i++;
                j++;
            }
        }

        return shared / Math.Sqrt(sumA * sumB);
    }
}
