using JapanRussia.Core.Queries;

namespace JapanRussia.Web.Components.Pages.Timeline;

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
