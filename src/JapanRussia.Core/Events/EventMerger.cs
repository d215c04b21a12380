using System.Globalization;
using JapanRussia.Core.Dates;
using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Events;

/// <summary>
/// Groups mentions of the same happening, within and across documents, into one event. Two mentions merge when what
/// they say is alike (weighted shared terms, <see cref="EventSignature"/>) and their dates are compatible (one within
/// the other). Nearly identical statements with incompatible dates merge too, and the event records that the sources
/// disagree. Candidates are found through an index of (term, year), so the work grows with the number of similar
/// mentions of a year, not with the square of the corpus.
/// </summary>
public static class EventMerger
{
    /// <summary>Weighted similarity above which two compatible mentions state one happening.</summary>
    public const double MergeThreshold = 0.29;

    /// <summary>Similarity above which two mentions with incompatible dates still state one happening.</summary>
    public const double DisagreementThreshold = 0.72;

    private const int DisagreementYears = 2;

    private const int MaxYearsPerMention = 12;

    /// <summary>A (term, year) shared by more mentions than this is too common to find candidates by.</summary>
    private const int MaxPostings = 400;

    public static IReadOnlyList<TimelineEvent> Merge(IEnumerable<EventMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var items = mentions.ToList();
        var signatures = items.Select(EventSignature.Of).ToList();
        var weights = TermWeights(signatures);
        var edges = CandidateEdges(items, signatures, weights);

        var clusters = new UnionFind(items.Count);
        foreach (var edge in edges.OrderByDescending(e => e.Score).ThenBy(e => e.A).ThenBy(e => e.B))
        {
            var a = clusters.Find(edge.A);
            var b = clusters.Find(edge.B);
            if (a == b)
            {
                continue;
            }

            var members = clusters.Members(a).Concat(clusters.Members(b)).ToList();
            if (DifferentAgents(items, clusters.Members(a), clusters.Members(b)) || SharesSentence(items, clusters.Members(a), clusters.Members(b)))
            {
                continue;
            }

            var compatible = CommonSpan(members.Select(i => items[i].Date.Date)) is not null;
            if (!compatible && (edge.Score < DisagreementThreshold || !Near(items, members)))
            {
                continue;
            }

            if (AverageLink(clusters.Members(a), clusters.Members(b), items, signatures, weights) < MergeThreshold * 0.75)
            {
                continue;
            }

            clusters.Union(a, b);
        }

        return Enumerable.Range(0, items.Count)
            .GroupBy(clusters.Find)
            .Select(group => Build(group.Select(i => items[i]).ToList()))
            .OrderBy(e => e.Date.Start)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>How alike two mentions are, from 0 (nothing distinctive shared) to 1 (same terms).</summary>
    public static double Similarity(EventMention first, EventMention second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var signatures = new List<HashSet<string>> { EventSignature.Of(first), EventSignature.Of(second) };
        return Score(signatures[0], signatures[1], TermWeights(signatures));
    }

    /// <summary>Similarity of two mentions weighted by how rare their terms are in <paramref name="corpus"/>.</summary>
    internal static double Similarity(EventMention first, EventMention second, IReadOnlyList<EventMention> corpus)
    {
        var signatures = corpus.Select(EventSignature.Of).ToList();
        return Score(EventSignature.Of(first), EventSignature.Of(second), TermWeights(signatures));
    }

    private sealed record Edge(int A, int B, double Score);

    private static List<Edge> CandidateEdges(List<EventMention> items, List<HashSet<string>> signatures, Dictionary<string, double> weights)
    {
        var postings = new Dictionary<(string Term, int Year), List<int>>();
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var term in signatures[i])
            {
                foreach (var year in Years(items[i].Date.Date))
                {
                    var key = (term, year);
                    if (!postings.TryGetValue(key, out var list))
                    {
                        postings[key] = list = [];
                    }

                    list.Add(i);
                }
            }
        }

        var edges = new List<Edge>();
        var seen = new HashSet<long>();
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var term in signatures[i])
            {
                foreach (var year in Years(items[i].Date.Date))
                {
                    for (var near = year - DisagreementYears; near <= year + DisagreementYears; near++)
                    {
                        if (!postings.TryGetValue((term, near), out var list) || list.Count > MaxPostings)
                        {
                            continue;
                        }

                        foreach (var j in list)
                        {
                            if (j <= i || !seen.Add(((long)i << 32) | (uint)j))
                            {
                                continue;
                            }

                            var score = Score(signatures[i], signatures[j], weights);
                            var compatible = Compatible(items[i].Date.Date, items[j].Date.Date);
                            if ((compatible && score >= MergeThreshold) || score >= DisagreementThreshold)
                            {
                                edges.Add(new Edge(i, j, score));
                            }
                        }
                    }
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

    private static Dictionary<string, double> TermWeights(List<HashSet<string>> signatures)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var signature in signatures)
        {
            foreach (var term in signature)
            {
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
            }
        }

        var n = signatures.Count;
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

    private static double AverageLink(List<int> a, List<int> b, List<EventMention> items, List<HashSet<string>> signatures, Dictionary<string, double> weights)
    {
        double total = 0;
        foreach (var i in a)
        {
            foreach (var j in b)
            {
                total += Score(signatures[i], signatures[j], weights) + DateAffinity(items[i].Date.Date, items[j].Date.Date);
            }
        }

        return total / (a.Count * b.Count);
    }

    /// <summary>Two statements whose first-named people differ ("Putin proposed…" and "Abe followed up on…") are two happenings.</summary>
    private static bool DifferentAgents(List<EventMention> items, List<int> a, List<int> b)
    {
        static string? Agent(EventMention m) => m.Entities.FirstOrDefault(e => e.Kind == EntityKind.Person)?.Name;
        var agentsA = a.Select(i => Agent(items[i])).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var agentsB = b.Select(i => Agent(items[i])).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return agentsA.Count > 0 && agentsB.Count > 0 && !agentsA.Overlaps(agentsB);
    }

    /// <summary>A sentence that yields two mentions states two happenings ("Putin's 2000 Tokyo visit and Koizumi's 2003 trip").</summary>
    private static bool SharesSentence(List<EventMention> items, List<int> a, List<int> b) =>
        a.Any(i => b.Any(j => items[i].DocumentFileName == items[j].DocumentFileName && items[i].Sentence == items[j].Sentence));

    private static bool Near(List<EventMention> items, List<int> members)
    {
        var first = members.Min(i => items[i].Date.Date.Start.Year);
        var last = members.Max(i => items[i].Date.Date.Start.Year);
        return last - first <= DisagreementYears;
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
            start = date.Start > start ? date.Start : start;
            end = date.End < end ? date.End : end;
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

    private sealed class UnionFind
    {
        private readonly int[] _parent;
        private readonly Dictionary<int, List<int>> _members = [];

        public UnionFind(int count)
        {
            _parent = Enumerable.Range(0, count).ToArray();
            for (var i = 0; i < count; i++)
            {
                _members[i] = [i];
            }
        }

        public int Find(int i)
        {
            while (_parent[i] != i)
            {
                _parent[i] = _parent[_parent[i]];
                i = _parent[i];
            }

            return i;
        }

        public List<int> Members(int root) => _members[root];

        public void Union(int a, int b)
        {
            var (big, small) = _members[a].Count >= _members[b].Count ? (a, b) : (b, a);
            _parent[small] = big;
            _members[big].AddRange(_members[small]);
            _members.Remove(small);
        }
    }
}
