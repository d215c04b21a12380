using JapanRussia.Core.Data;
using JapanRussia.Core.Events;
using JapanRussia.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Queries;

/// <summary>An <see cref="EventFilter"/> as a LINQ query over the events: one definition of what matches, for every read.</summary>
internal static class FilteredEvents
{
    /// <summary>
    /// The events matching <paramref name="filter"/>, with <paramref name="match"/> its free text as an FTS5 query. Each
    /// lookup filter is an uncorrelated IN (subquery) over any of its values, which SQLite runs once through a covering
    /// index. SQLite may then start from the smallest such list and look each event up, which suits sparse matches and
    /// counting; with <paramref name="walk"/> the event's id is written <c>Id || ''</c>, which no index serves, so SQLite
    /// walks the timeline index in order instead and can stop as soon as the page is full.
    /// </summary>
    /// <param name="longestSpanYears">
    /// The longest span of any stored event, in years, if known: with a first year, it bounds where in the timeline
    /// index matching events can start.
    /// </param>
    public static IQueryable<EventRecord> Of(
        TimelineDbContext context, EventFilter filter, string? match, int? longestSpanYears = null, bool walk = false)
    {
        var query = context.Events.AsNoTracking();
        if (Values(filter.Eras) is { } eras)
        {
            query = query.Where(e => eras.Contains(e.EraId));
        }

        if (Values(filter.Topics) is { } topics)
        {
            query = WithIdIn(query, context.EventTopics.Where(t => topics.Contains(t.TopicId)).Select(t => t.EventId), walk);
        }

        if (Values(filter.Sources) is { } sources)
        {
            query = WithIdIn(query, context.EventSources.Where(s => sources.Contains(s.Passage.Document.FileName)).Select(s => s.EventId), walk);
        }

        if (Values(filter.People) is { } people)
        {
            query = WithIdIn(query, context.EventEntities.Where(x => x.Kind == EntityKind.Person && people.Contains(x.Name)).Select(x => x.EventId), walk);
        }

        if (Values(filter.Places) is { } places)
        {
            query = WithIdIn(query, context.EventEntities.Where(x => x.Kind == EntityKind.Place && places.Contains(x.Name)).Select(x => x.EventId), walk);
        }

        if (filter.SourcesDisagree)
        {
            query = query.Where(e => e.Disagreement != null);
        }

        query = InYears(query, filter, longestSpanYears);
        if (match is not null)
        {
            query = WithIdIn(query, SearchIndex.EventIds(context, match), walk);
        }

        return query;
    }

    private static IQueryable<EventRecord> InYears(IQueryable<EventRecord> query, EventFilter filter, int? longestSpanYears)
    {
        if (filter.From is { } from)
        {
            var first = new DateOnly(Math.Clamp(from, 1, 9999), 1, 1);
            query = query.Where(e => e.EndDate >= first);

            if (longestSpanYears is { } longest)
            {
                // Implied by the line above, but a bound the timeline index can seek to: an event ending in or after
                // the first year starts at most the longest span of any event before it.
                var earliest = new DateOnly(Math.Clamp(from - longest, 1, 9999), 1, 1);
                query = query.Where(e => e.StartDate >= earliest);
            }
        }

        if (filter.To is { } to)
        {
            var last = new DateOnly(Math.Clamp(to, 1, 9999), 12, 31);
            query = query.Where(e => e.StartDate <= last);
        }

        return query;
    }

    /// <summary>The distinct values of a filter, or null when it restricts nothing.</summary>
    private static List<string>? Values(IReadOnlyList<string> values) =>
        values.Count == 0 ? null : values.Distinct(StringComparer.Ordinal).ToList();

    private static IQueryable<EventRecord> WithIdIn(IQueryable<EventRecord> query, IQueryable<string> ids, bool walk) =>
        walk ? query.Where(e => ids.Contains(e.Id + "")) : query.Where(e => ids.Contains(e.Id));
}
