using System.Globalization;
using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Events;

/// <summary>
/// Builds one event from a cluster of mentions: the most precise date the largest agreeing set of sources supports,
/// the headline of its most precise source (or the named happening's own title when no source's headline names it),
/// the topics of every source and of the happening, and a sentence saying which source gives which date when they
/// cannot all be true.
/// </summary>
internal static class EventAssembler
{
    /// <summary>How many documents a disagreement names for one date before it counts the rest.</summary>
    private const int NamedDocuments = 3;

    public static TimelineEvent Build(IReadOnlyList<MergeNode> cluster, IReadOnlyDictionary<string, HappeningMatch> happenings)
    {
        var sources = cluster
            .SelectMany(n => n.Mentions)
            .OrderBy(m => m.DocumentFileName, StringComparer.Ordinal)
            .ThenBy(m => m.Sentence.Start)
            .ToList();
        var happening = cluster.Select(n => n.Happening).FirstOrDefault(h => h is not null) is { } key ? happenings[key] : null;

        var agreeing = LargestAgreeingGroup(sources);
        var date = agreeing.Select(m => m.Date.Date).OrderBy(MergeDates.Width).ThenBy(d => d.Start).First();
        var best = agreeing.Count == 1 ? agreeing[0] : agreeing
            .OrderBy(m => MergeDates.Width(m.Date.Date))
            .ThenByDescending(m => TitleReadability.IsReadable(m.Title))
            .ThenByDescending(m => m.Title.Length <= HeadlineWriter.MaxLength ? m.Title.Length : 0)
            .ThenBy(m => m.DocumentFileName, StringComparer.Ordinal)
            .First();

        return new TimelineEvent(
            EventIds.For(sources),
            date,
            Title(best, agreeing, happening),
            ReferenceData.EraFor(date.Start.Year).Id,
            Topics(sources, happening),
            sources.SelectMany(m => m.Entities).Distinct().ToList(),
            sources,
            agreeing.Count == sources.Count ? null : Disagreement(sources));
    }

    /// <summary>
    /// A readable source headline that names the happening; else, when no source names it (an occasion: "Putin visits
    /// Japan"), the best readable headline; else the happening's own title ("Treaty of Shimoda signed").
    /// </summary>
    private static string Title(EventMention best, List<EventMention> agreeing, HappeningMatch? happening)
    {
        if (happening is null)
        {
            return best.Title;
        }

        var names = happening.Happening.Aliases.Append(happening.Happening.Name).Select(Fold).ToList();
        bool Names(string text) => names.Any(n => Fold(text).Contains(n, StringComparison.OrdinalIgnoreCase));
        var naming = agreeing
            .Where(m => Names(m.Title) && TitleReadability.IsReadable(m.Title))
            .OrderBy(m => MergeDates.Width(m.Date.Date))
            .ThenBy(m => m.DocumentFileName, StringComparer.Ordinal)
            .FirstOrDefault();
        if (naming is not null)
        {
            return naming.Title;
        }

        return !agreeing.Any(m => Names(m.Clause)) && TitleReadability.IsReadable(best.Title) ? best.Title : happening.Title;
    }

    private static string Fold(string text) => text.Replace('–', '-').Replace('—', '-');

    private static List<TopicMatch> Topics(List<EventMention> sources, HappeningMatch? happening)
    {
        var triggers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string topic, IEnumerable<string> words)
        {
            if (!triggers.TryGetValue(topic, out var list))
            {
                triggers[topic] = list = [];
            }

            list.AddRange(words.Where(w => !list.Contains(w)));
        }

        foreach (var topic in sources.SelectMany(m => m.Topics.Concat(SentenceWideTopics(m))))
        {
            Add(topic.TopicId, topic.Trigger.Split(", "));
        }

        foreach (var topic in happening?.Happening.Topics ?? [])
        {
            Add(topic, [happening!.Trigger]);
        }

        var order = ReferenceData.Topics.Select(t => t.Id).ToList();
        return triggers
            .Where(p => order.Contains(p.Key))
            .OrderBy(p => order.IndexOf(p.Key))
            .Select(p => new TopicMatch(p.Key, string.Join(", ", p.Value)))
            .ToList();
    }

    /// <summary>Topics found in the whole sentence that its clause did not already give (territory: the islands named anywhere in it).</summary>
    private static IEnumerable<TopicMatch> SentenceWideTopics(EventMention mention) =>
        mention.Clause.Length == mention.Excerpt.Length ? [] : TopicClassifier.Default.ClassifySentenceWide(mention.Excerpt);

    /// <summary>The largest set of sources whose dates share a span; ties go to the set with the most precise date.</summary>
    private static List<EventMention> LargestAgreeingGroup(List<EventMention> sources)
    {
        if (MergeDates.CommonSpan(sources.Select(s => s.Date.Date)) is not null)
        {
            return sources;
        }

        return sources
            .Select(anchor => sources.Where(s => MergeDates.CommonSpan([s.Date.Date, anchor.Date.Date]) is not null).ToList())
            .Where(g => MergeDates.CommonSpan(g.Select(s => s.Date.Date)) is not null)
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Min(s => MergeDates.Width(s.Date.Date)))
            .First();
    }

    /// <summary>
    /// "Sources differ: a.txt says 1905; b.txt and c.txt say 1906." — each conflicting date once, with the documents
    /// that give it; a vaguer date that agrees with every other ("1855" beside two days of 1855) is no part of it.
    /// </summary>
    private static string Disagreement(List<EventMention> sources)
    {
        var parts = sources
            .Where(s => !sources.All(other => other.Date.Date.IsWithin(s.Date.Date)))
            .GroupBy(s => s.Date.Date.Label, StringComparer.Ordinal)
            .OrderBy(g => g.Min(s => s.Date.Date.Start))
            .Select(g =>
            {
                var documents = g.Select(s => s.DocumentFileName).Distinct(StringComparer.Ordinal).ToList();
                var named = documents.Take(NamedDocuments).ToList();
                var who = documents.Count > NamedDocuments
                    ? string.Join(", ", named) + string.Create(CultureInfo.InvariantCulture, $" and {documents.Count - NamedDocuments} more")
                    : named.Count == 1 ? named[0] : string.Join(", ", named[..^1]) + " and " + named[^1];
                return $"{who} {(documents.Count == 1 ? "says" : "say")} {g.Key}";
            });
        return "Sources differ: " + string.Join("; ", parts) + ".";
    }
}
