using JapanRussia.Core.Data;
using JapanRussia.Core.Export;
using JapanRussia.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Queries;

/// <summary>Reads filtered, paged events from the store, one context per call (safe for Blazor circuits and the API alike).</summary>
public sealed class EventSearch(IDbContextFactory<TimelineDbContext> contextFactory)
{
    public const int MaxPageSize = 200;

    private const int LoadChunk = 500;

    /// <summary>
    /// One page of the events matching <paramref name="filter"/>. With free text, each event carries a highlighted
    /// <see cref="EventDocument.Snippet"/> and <see cref="EventSort.Relevance"/> orders by bm25 rank.
    /// </summary>
    public async Task<ResultPage<EventDocument>> SearchAsync(
        EventFilter filter, int page = 1, int pageSize = 50, EventSort sort = EventSort.Chronological, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);

        var match = FtsQuery.Build(filter.Text);
        if (HasText(filter) && match is null)
        {
            return new ResultPage<EventDocument>(0, page, pageSize, []);
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var query = Apply(context, filter, match);
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var skip = (long)(page - 1) * pageSize;
        if (skip >= total)
        {
            return new ResultPage<EventDocument>(total, page, pageSize, []);
        }

        var ids = await Order(context, query, sort, match).Skip((int)skip).Take(pageSize).ToListAsync(cancellationToken).ConfigureAwait(false);
        var events = await LoadAsync(context, ids, match, cancellationToken).ConfigureAwait(false);
        return new ResultPage<EventDocument>(total, page, pageSize, events);
    }

    /// <summary>Every event matching <paramref name="filter"/>, without snippets (the exports).</summary>
    public async Task<IReadOnlyList<EventDocument>> ListAsync(
        EventFilter filter, EventSort sort = EventSort.Chronological, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var match = FtsQuery.Build(filter.Text);
        if (HasText(filter) && match is null)
        {
            return [];
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var ids = await Order(context, Apply(context, filter, match), sort, match).ToListAsync(cancellationToken).ConfigureAwait(false);
        return await LoadAsync(context, ids, match: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One event by its id, or null.</summary>
    public async Task<EventDocument?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var record = await context.Events.AsNoTracking().Where(e => e.Id == id).WithDetails().SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return record is null ? null : EventDocument.From(record);
    }

    public async Task<IReadOnlyList<YearCount>> CountByYearAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var match = FtsQuery.Build(filter.Text);
        if (HasText(filter) && match is null)
        {
            return [];
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var starts = await Apply(context, filter, match).Select(e => e.StartDate).ToListAsync(cancellationToken).ConfigureAwait(false);
        return starts.GroupBy(d => d.Year).Select(g => new YearCount(g.Key, g.Count())).OrderBy(c => c.Year).ToList();
    }

    private static bool HasText(EventFilter filter) => !string.IsNullOrWhiteSpace(filter.Text);

    /// <summary>The ids in the requested order; relevance needs free text, and without it falls back to time order.</summary>
    private static IQueryable<string> Order(TimelineDbContext context, IQueryable<EventRecord> query, EventSort sort, string? match) => sort switch
    {
        EventSort.Relevance when match is not null => query
            .Join(SearchIndex.Hits(context, match), e => e.Id, h => h.EventId, (e, h) => new { e.Id, e.StartDate, e.EndDate, h.Rank })
            .OrderBy(x => x.Rank).ThenBy(x => x.StartDate).ThenBy(x => x.EndDate).ThenBy(x => x.Id)
            .Select(x => x.Id),
        EventSort.ReverseChronological => query
            .OrderByDescending(e => e.StartDate).ThenByDescending(e => e.EndDate).ThenByDescending(e => e.Id)
            .Select(e => e.Id),
        _ => query.InTimelineOrder().Select(e => e.Id),
    };

    /// <summary>Loads the events with their details by id, in the order given, in chunks (so the page query runs once, not once per include).</summary>
    private static async Task<IReadOnlyList<EventDocument>> LoadAsync(
        TimelineDbContext context, List<string> ids, string? match, CancellationToken cancellationToken)
    {
        var records = new Dictionary<string, EventRecord>(ids.Count, StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(LoadChunk))
        {
            var rows = await context.Events.AsNoTracking().Where(e => chunk.Contains(e.Id)).WithDetails()
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                records[row.Id] = row;
            }
        }

        var snippets = match is null ? null : await SearchIndex.SnippetsAsync(context, match, ids, cancellationToken).ConfigureAwait(false);
        return ids
            .Where(records.ContainsKey)
            .Select(id => EventDocument.From(records[id]) with { Snippet = snippets?.GetValueOrDefault(id) })
            .ToList();
    }

    private static IQueryable<EventRecord> Apply(TimelineDbContext context, EventFilter filter, string? match)
    {
        var query = context.Events.AsNoTracking();
        if (filter.Eras.Count > 0)
        {
            var eras = filter.Eras.ToList();
            query = query.Where(e => eras.Contains(e.EraId));
        }

        // Each filter is an uncorrelated IN (subquery) that SQLite runs once through an index, rather than an EXISTS per event.
        foreach (var topic in filter.Topics)
        {
            var tagged = context.EventTopics.Where(t => t.TopicId == topic).Select(t => t.EventId);
            query = query.Where(e => tagged.Contains(e.Id));
        }

        if (!string.IsNullOrWhiteSpace(filter.Source))
        {
            var source = filter.Source;
            var cited = context.EventSources.Where(s => s.Passage.Document.FileName == source).Select(s => s.EventId);
            query = query.Where(e => cited.Contains(e.Id));
        }

        if (!string.IsNullOrWhiteSpace(filter.Person))
        {
            var person = filter.Person;
            var naming = context.EventEntities.Where(x => x.Kind == Events.EntityKind.Person && x.Name == person).Select(x => x.EventId);
            query = query.Where(e => naming.Contains(e.Id));
        }

        if (!string.IsNullOrWhiteSpace(filter.Place))
        {
            var place = filter.Place;
            var naming = context.EventEntities.Where(x => x.Kind == Events.EntityKind.Place && x.Name == place).Select(x => x.EventId);
            query = query.Where(e => naming.Contains(e.Id));
        }

        if (filter.From is { } from)
        {
            var first = new DateOnly(Math.Clamp(from, 1, 9999), 1, 1);
            query = query.Where(e => e.EndDate >= first);
        }

        if (filter.To is { } to)
        {
            var last = new DateOnly(Math.Clamp(to, 1, 9999), 12, 31);
            query = query.Where(e => e.StartDate <= last);
        }

        if (match is not null)
        {
            var hits = SearchIndex.Hits(context, match).Select(h => h.EventId);
            query = query.Where(e => hits.Contains(e.Id));
        }

        return query;
    }
}
