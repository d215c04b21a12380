using JapanRussia.Core.Queries;

namespace JapanRussia.Web.Components.Pages.Timeline;

/// <summary>Everything the timeline page shows for one URL.</summary>
public sealed record TimelineView(
    ResultPage<TimelineEntry> Results,
    IReadOnlyList<SourceContext> Paragraphs,
    IReadOnlyList<YearCount> Years,
    TimelineFacets Facets)
{
    /// <summary>The sources of an event in their paragraphs, where they were loaded with the page (cards open from the start); otherwise null.</summary>
    public IReadOnlyList<SourceContext>? ParagraphsOf(string eventId)
    {
        var paragraphs = Paragraphs.Where(s => s.EventId == eventId).ToList();
        return paragraphs.Count == 0 ? null : paragraphs;
    }

    public EraInfo? Era(string id) => Facets.Eras.FirstOrDefault(e => e.Id == id);

    public string TopicName(string id) => Facets.Topics.FirstOrDefault(t => t.Value == id)?.Name ?? id;
}

/// <summary>A year heading and its events.</summary>
public sealed record YearGroup(string Year, IReadOnlyList<TimelineEntry> Events);

/// <summary>An era band and its years, in page order.</summary>
public sealed record EraGroup(string EraId, IReadOnlyList<YearGroup> Years)
{
    /// <summary>Groups consecutive events by era, then by the year they start in (the list is already in timeline order).</summary>
    public static IReadOnlyList<EraGroup> From(IEnumerable<TimelineEntry> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var groups = new List<EraGroup>();
        foreach (var era in Consecutive(events, e => e.Era))
        {
            groups.Add(new EraGroup(era[0].Era, Consecutive(era, e => e.Start[..Math.Min(4, e.Start.Length)]).Select(y => new YearGroup(y[0].Start[..Math.Min(4, y[0].Start.Length)], y)).ToList()));
        }

        return groups;
    }

    private static List<List<TimelineEntry>> Consecutive(IEnumerable<TimelineEntry> events, Func<TimelineEntry, string> key)
    {
        var runs = new List<List<TimelineEntry>>();
        foreach (var item in events)
        {
            if (runs.Count == 0 || key(runs[^1][0]) != key(item))
            {
                runs.Add([]);
            }

            runs[^1].Add(item);
        }

        return runs;
    }
}
