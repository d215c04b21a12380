using System.Globalization;
using JapanRussia.Core.Dates;
using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Events;

/// <summary>
/// Groups mentions of the same happening, within and across documents, into one event. Two mentions merge when what
/// they say is alike (weighted shared terms, <see cref="EventSignature"/>) and their dates are compatible (one within
/// the other). Nearly identical statements with incompatible dates merge too, and the event records that the sources
/// disagree. Sentences copied word for word between sources collapse first; candidates are then found through an
/// index of (rare term, year), so the work grows with the number of similar mentions of a year, not with the square
/// of the corpus.
/// </summary>
public static class EventMerger
{
    /// <summary>Weighted similarity above which two compatible mentions state one happening.</summary>
    public const double MergeThreshold = 0.29;

    /// <summary>Similarity above which two mentions with incompatible dates still state one happening.</summary>
    public const double DisagreementThreshold = 0.72;

    private const int DisagreementYears = 2;

    private const int MaxYearsPerMention = 12;

    /// <summary>A (term, year) shared by more nodes than this is too common to find candidates by.</summary>
    private const int MaxPostings = 2000;

    /// <summary>How many of its rarest terms index a node for candidate search.</summary>
    private const int BlockingTerms = 4;

    /// <summary>How many nodes of each cluster the average-link check compares.</summary>
    private const int LinkSample = 6;

    public static IReadOnlyList<TimelineEvent> Merge(IEnumerable<EventMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var nodes = Nodes(mentions.ToList());
        var weights = TermWeights(nodes.Select(n => n.Terms).ToList(), nodes.Select(n => n.Mentions.Count).ToList());
        var edges = CandidateEdges(nodes, weights);

        var clusters = nodes.Select((n, i) => new Cluster(i, n)).ToArray();
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

        foreach (var edge in edges.OrderByDescending(e => e.Score).ThenBy(e => e.A).ThenBy(e => e.B))
        {
            var a = clusters[Find(edge.A)];
            var b = clusters[Find(edge.B)];
            if (a == b || a.ConflictsWith(b))
            {
                continue;
            }

            var compatible = Later(a.CommonStart, b.CommonStart) <= Earlier(a.CommonEnd, b.CommonEnd);
            var near = Math.Max(a.LastYear, b.LastYear) - Math.Min(a.FirstYear, b.FirstYear) <= DisagreementYears;
            if (!compatible && (edge.Score < DisagreementThreshold || !near))
            {
                continue;
            }

            if (AverageLink(a, b, nodes, weights) < MergeThreshold * 0.75)
            {
                continue;
            }

            var (big, small) = a.Nodes.Count >= b.Nodes.Count ? (a, b) : (b, a);
            big.Absorb(small);
            parent[small.Root] = big.Root;
        }

        return Enumerable.Range(0, nodes.Count)
            .GroupBy(Find)
            .Select(group => Build(group.SelectMany(i => nodes[i].Mentions).ToList()))
            .OrderBy(e => e.Date.Start)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>How alike two mentions are, from 0 (nothing distinctive shared) to 1 (same terms).</summary>
    public static double Similarity(EventMention first, EventMention second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return Similarity(first, second, [first, second]);
    }

    /// <summary>Similarity of two mentions weighted by how rare their terms are in <paramref name="corpus"/>.</summary>
    internal static double Similarity(EventMention first, EventMention second, IReadOnlyList<EventMention> corpus)
    {
        var signatures = corpus.Select(EventSignature.Of).ToList();
        return Score(EventSignature.Of(first), EventSignature.Of(second), TermWeights(signatures, signatures.ConvertAll(_ => 1)));
    }

    private sealed record Edge(int A, int B, double Score);

    /// <summary>Mentions that say the same words about the same date (a sentence copied between sources) are one node.</summary>
    private sealed class Node(HashSet<string> terms, HistoricalDate date)
    {
        public HashSet<string> Terms { get; } = terms;

        public HistoricalDate Date { get; } = date;

        public List<EventMention> Mentions { get; } = [];

        /// <summary>The sentences already in this node; a set, so that a sentence repeated thousands of times stays cheap.</summary>
        public HashSet<(string Document, int Start)> Sentences { get; } = [];
    }

    private static List<Node> Nodes(List<EventMention> mentions)
    {
        var nodes = new List<Node>();
        var byKey = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            var terms = EventSignature.Of(mention);
            var date = mention.Date.Date;
            var key = string.Create(CultureInfo.InvariantCulture, $"{date.Start:O}|{date.End:O}|{date.Precision}|{date.Qualifier}|") +
                      string.Join('|', terms.Order(StringComparer.Ordinal));
            if (terms.Count == 0 || !byKey.TryGetValue(key, out var node) || node.Sentences.Contains((mention.DocumentFileName, mention.Sentence.Start)))
            {
                node = new Node(terms, date);
                nodes.Add(node);
                if (terms.Count > 0)
                {
                    byKey[key] = node;
                }
            }

            node.Mentions.Add(mention);
            node.Sentences.Add((mention.DocumentFileName, mention.Sentence.Start));
        }

        return nodes;
    }

    /// <summary>A growing group of nodes, with what the merge rules need to know about it kept up to date.</summary>
    private sealed class Cluster
    {
        public Cluster(int root, Node node)
        {
            Root = root;
            Nodes = [root];
            CommonStart = node.Date.Start;
            CommonEnd = node.Date.End;
            FirstYear = LastYear = node.Date.Start.Year;
            foreach (var mention in node.Mentions)
            {
                Sentences.Add((mention.DocumentFileName, mention.Sentence.Start));
                if (mention.Entities.FirstOrDefault(e => e.Kind == EntityKind.Person) is { } agent)
                {
                    Agents.Add(agent.Name);
                }
            }
        }

        public int Root { get; }

        public List<int> Nodes { get; }

        public HashSet<string> Agents { get; } = new(StringComparer.Ordinal);

        public HashSet<(string Document, int Start)> Sentences { get; } = [];

        public DateOnly CommonStart { get; private set; }

        public DateOnly CommonEnd { get; private set; }

        public int FirstYear { get; private set; }

        public int LastYear { get; private set; }

        /// <summary>
        /// Two statements whose first-named people differ ("Putin proposed…", "Abe followed up on…") are two
        /// happenings; so are two mentions of one sentence ("Putin's 2000 Tokyo visit and Koizumi's 2003 trip").
        /// </summary>
        public bool ConflictsWith(Cluster other) =>
            (Agents.Count > 0 && other.Agents.Count > 0 && !Agents.Overlaps(other.Agents)) || Sentences.Overlaps(other.Sentences);

        public void Absorb(Cluster other)
        {
            Nodes.AddRange(other.Nodes);
            Agents.UnionWith(other.Agents);
            Sentences.UnionWith(other.Sentences);
            CommonStart = Later(CommonStart, other.CommonStart);
            CommonEnd = Earlier(CommonEnd, other.CommonEnd);
            FirstYear = Math.Min(FirstYear, other.FirstYear);
            LastYear = Math.Max(LastYear, other.LastYear);
        }
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    private static List<Edge> CandidateEdges(List<Node> nodes, Dictionary<string, double> weights)
    {
        // Each node is indexed under its few rarest terms: two statements of one happening share a rare word (a
        // name, a document) far more often than a common one, and rare terms keep the posting lists short.
        var blocking = nodes
            .Select(n => n.Terms.OrderByDescending(t => weights[t]).ThenBy(t => t, StringComparer.Ordinal).Take(BlockingTerms).ToList())
            .ToList();
        var postings = new Dictionary<(string Term, int Year), List<int>>();
        for (var i = 0; i < nodes.Count; i++)
        {
            foreach (var term in blocking[i])
            {
                foreach (var year in Years(nodes[i].Date))
                {
                    if (!postings.TryGetValue((term, year), out var list))
                    {
                        postings[(term, year)] = list = [];
                    }

                    list.Add(i);
                }
            }
        }

        var edges = new List<Edge>();

        // The candidates of one node at a time, deduplicated in a small reused set: a set of every pair seen so far grew
        // with the number of compared pairs (gigabytes for 100,000 templated mentions) and was most of the time.
        var candidates = new HashSet<int>();
        for (var i = 0; i < nodes.Count; i++)
        {
            candidates.Clear();
            foreach (var term in blocking[i])
            {
                foreach (var year in Years(nodes[i].Date))
                {
                    for (var near = year - DisagreementYears; near <= year + DisagreementYears; near++)
                    {
                        if (!postings.TryGetValue((term, near), out var list) || list.Count > MaxPostings)
                        {
                            continue;
                        }

                        foreach (var j in list)
                        {
                            if (j > i)
                            {
                                candidates.Add(j);
                            }
                        }
                    }
                }
            }

            foreach (var j in candidates)
            {
                var score = Score(nodes[i].Terms, nodes[j].Terms, weights);
                var compatible = Compatible(nodes[i].Date, nodes[j].Date);
                if ((compatible && score >= MergeThreshold) || score >= DisagreementThreshold)
                {
                    edges.Add(new Edge(i, j, score));
                }
            }
        }

        return edges;
    }

    private static IEnumerable<int> Years(HistoricalDate date)
    {
        var last = Math.Min(date.End.Year, date.Start.Year + MaxYearsPerMention - 1);
        for (var year = date.Start.Year; year <= last; year++)
        {
            yield return year;
        }
    }

    private static Dictionary<string, double> TermWeights(List<HashSet<string>> signatures, List<int> counts)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var n = 0;
        for (var i = 0; i < signatures.Count; i++)
        {
            n += counts[i];
            foreach (var term in signatures[i])
            {
                frequency[term] = frequency.GetValueOrDefault(term) + counts[i];
            }
        }

        return frequency.ToDictionary(
            p => p.Key,
            p => Math.Log(1.0 + ((double)n / p.Value)) * (p.Key.StartsWith('#') ? 2.0 : 1.0),
            StringComparer.Ordinal);
    }

    private static double Score(HashSet<string> a, HashSet<string> b, Dictionary<string, double> weights)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        double shared = 0, sumA = 0, sumB = 0;
        foreach (var term in a)
        {
            var w = weights.GetValueOrDefault(term, 1.0);
            sumA += w;
            if (b.Contains(term))
            {
                shared += w;
            }
        }

        foreach (var term in b)
        {
            sumB += weights.GetValueOrDefault(term, 1.0);
        }

        return shared / Math.Sqrt(sumA * sumB);
    }

    /// <summary>Mean similarity between two clusters, over at most a few nodes of each so that big clusters stay cheap.</summary>
    private static double AverageLink(Cluster a, Cluster b, List<Node> nodes, Dictionary<string, double> weights)
    {
        double total = 0;
        var pairs = 0;
        foreach (var i in a.Nodes.Take(LinkSample))
        {
            foreach (var j in b.Nodes.Take(LinkSample))
            {
                total += Score(nodes[i].Terms, nodes[j].Terms, weights) + DateAffinity(nodes[i].Date, nodes[j].Date);
                pairs++;
            }
        }

        return total / pairs;
    }

    /// <summary>Two statements of the same day (or month) are likelier one happening than two of the same year.</summary>
    private static double DateAffinity(HistoricalDate a, HistoricalDate b) =>
        !a.Overlaps(b) ? 0
        : a.Precision == DatePrecision.Day && b.Precision == DatePrecision.Day ? 0.2
        : a.Precision is DatePrecision.Day or DatePrecision.Month && b.Precision is DatePrecision.Day or DatePrecision.Month ? 0.1
        : 0;

    private static bool Compatible(HistoricalDate a, HistoricalDate b) =>
        a.IsWithin(b) || b.IsWithin(a) || (a.Precision == b.Precision && a.Overlaps(b));

    private static (DateOnly Start, DateOnly End)? CommonSpan(IEnumerable<HistoricalDate> dates)
    {
        var start = DateOnly.MinValue;
        var end = DateOnly.MaxValue;
        foreach (var date in dates)
        {
            start = Later(start, date.Start);
            end = Earlier(end, date.End);
        }

        return start <= end ? (start, end) : null;
    }

    private static TimelineEvent Build(List<EventMention> group)
    {
        var sources = group
            .OrderBy(m => m.DocumentFileName, StringComparer.Ordinal)
            .ThenBy(m => m.Sentence.Start)
            .ToList();

        var agreeing = LargestAgreeingGroup(sources);
        var date = agreeing.Select(m => m.Date.Date).OrderBy(Width).ThenBy(d => d.Start).First();
        var best = agreeing
            .OrderBy(m => Width(m.Date.Date))
            .ThenByDescending(m => m.Title.Length <= HeadlineWriter.MaxLength ? m.Title.Length : 0)
            .ThenBy(m => m.DocumentFileName, StringComparer.Ordinal)
            .First();

        var topics = sources
            .SelectMany(m => m.Topics)
            .GroupBy(t => t.TopicId, StringComparer.Ordinal)
            .Select(g => new TopicMatch(g.Key, string.Join(", ", g.SelectMany(t => t.Trigger.Split(", ")).Distinct(StringComparer.Ordinal))))
            .ToList();
        var order = ReferenceData.Topics.Select(t => t.Id).ToList();
        topics.Sort((x, y) => order.IndexOf(x.TopicId).CompareTo(order.IndexOf(y.TopicId)));

        var entities = sources.SelectMany(m => m.Entities).Distinct().ToList();
        var disagreement = agreeing.Count == sources.Count ? null : Disagreement(sources);
        return new TimelineEvent(
            EventIds.For(sources),
            date,
            best.Title,
            ReferenceData.EraFor(date.Start.Year).Id,
            topics,
            entities,
            sources,
            disagreement);
    }

    private static int Width(HistoricalDate date) => date.End.DayNumber - date.Start.DayNumber;

    /// <summary>The largest set of sources whose dates share a span; ties go to the set with the most precise date.</summary>
    private static List<EventMention> LargestAgreeingGroup(List<EventMention> sources)
    {
        if (CommonSpan(sources.Select(s => s.Date.Date)) is not null)
        {
            return sources;
        }

        return sources
            .Select(anchor => sources.Where(s => s.Date.Date.Overlaps(anchor.Date.Date) && CommonSpan([s.Date.Date, anchor.Date.Date]) is not null).ToList())
            .Where(g => CommonSpan(g.Select(s => s.Date.Date)) is not null)
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Min(s => Width(s.Date.Date)))
            .First();
    }

    private static string Disagreement(List<EventMention> sources)
    {
        var parts = sources
            .Select(s => (s.DocumentFileName, s.Date.Date.Label))
            .Distinct()
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.DocumentFileName} says {p.Label}"));
        return "Sources differ: " + string.Join("; ", parts) + ".";
    }
}
