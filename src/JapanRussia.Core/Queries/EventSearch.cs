using JapanRussia.Core.Data;
using JapanRussia.Core.Events;
using JapanRussia.Core.Export;
using JapanRussia.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Queries;

/// <summary>Reads filtered, paged events from the store, one context per call (safe for Blazor circuits and the API alike).</summary>
public sealed class EventSearch(IDbContextFactory<TimelineDbContext> contextFactory) : IDisposable
{
    public const int MaxPageSize = 200;

    private const int LoadChunk = 1000;

    /// <summary>Index entries a page may walk past; beyond this, starting from the matches and sorting them is likely cheaper.</summary>
    private const int WalkBudget = 10_000;

    /// <summary>
    /// 16 MB of page cache per connection, where SQLite's default is 2 MB: a page of 200 events reads more than 2 MB of
    /// pages. The process-wide <see cref="SqliteMemory"/> limit bounds all connections' caches together.
    /// </summary>
    private const string PageCacheSql = "PRAGMA cache_size = -16384;";

    private readonly ResultCache _cache = new();

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

        await using var context = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var version = await VersionAsync(context, cancellationToken).ConfigureAwait(false);
        var selection = await SelectAsync(context, version, filter, match, cancellationToken).ConfigureAwait(false);
        var total = await CountAsync(selection, version, cancellationToken).ConfigureAwait(false);
        var skip = (long)(page - 1) * pageSize;
        if (skip >= total)
        {
            return new ResultPage<EventDocument>(total, page, pageSize, []);
        }

        if (match is not null)
        {
            var found = await TextPageAsync(context, version, selection, match, sort, (int)skip, (int)Math.Min(pageSize, total - skip), total, cancellationToken).ConfigureAwait(false);
            return new ResultPage<EventDocument>(total, page, pageSize, found);
        }

        var ids = await PageIdsAsync(selection, version, sort, PageWindow.For(skip, pageSize, total), total, cancellationToken).ConfigureAwait(false);
        var events = await LoadAsync(context, version, ids, snippets: null, cancellationToken).ConfigureAwait(false);
        return new ResultPage<EventDocument>(total, page, pageSize, events);
    }

    /// <summary>
    /// The timeline page's share of <see cref="SearchAsync"/>: how many events match (the same cache) and the ids of one
    /// page in timeline order, chosen by the same plans; a page past the end gives the last page.
    /// </summary>
    internal async Task<(int Total, int Page, List<string> Ids)> TimelineIdsAsync(
        TimelineDbContext context, EventFilter filter, string? match, int page, int pageSize, CancellationToken cancellationToken)
    {
        var version = await VersionAsync(context, cancellationToken).ConfigureAwait(false);
        var selection = await SelectAsync(context, version, filter, match, cancellationToken).ConfigureAwait(false);
        var total = await CountAsync(selection, version, cancellationToken).ConfigureAwait(false);
        if (total == 0)
        {
            return (0, page, []);
        }

        page = Math.Min(page, (total + pageSize - 1) / pageSize);
        var window = PageWindow.For((page - 1) * (long)pageSize, pageSize, total);
        var ids = await PageIdsAsync(selection, version, EventSort.Chronological, window, total, cancellationToken).ConfigureAwait(false);
        return (total, page, ids);
    }

    /// <summary>
    /// The ids of <paramref name="window"/> in <paramref name="sort"/>: with free text from the hits (<see cref="FilteredHits"/>),
    /// otherwise by walking the timeline index when the estimate says the page is near, else from the matches, sorted.
    /// </summary>
    private async Task<List<string>> PageIdsAsync(
        EventSelection selection, DataVersion version, EventSort sort, PageWindow window, int total, CancellationToken cancellationToken)
    {
        if (selection.Match is { } match)
        {
            return window.InPageOrder(await FilteredHits.PageAsync(
                selection.Context, selection.Filter, match, selection.LongestSpanYears, window.Sort(sort), window.Skip, window.Take, cancellationToken).ConfigureAwait(false));
        }

        // Events in several topics at once are few, and their merged list is cheap: looking each up beats walking to them.
        var walk = selection.HasMembership && !EventFilterQuery.IntersectsTopics(selection.Filter) &&
            await WalkIsShortAsync(selection, version, window.Skip + window.Take, total, cancellationToken).ConfigureAwait(false);
        return window.InPageOrder(
            await Order(selection, window.Sort(sort), walk).Skip(window.Skip).Take(window.Take).ToListAsync(cancellationToken).ConfigureAwait(false));
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

        await using var context = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var version = await VersionAsync(context, cancellationToken).ConfigureAwait(false);
        var selection = await SelectAsync(context, version, filter, match, cancellationToken).ConfigureAwait(false);
        var ids = match is not null
            ? await FilteredHits.PageAsync(context, filter, match, selection.LongestSpanYears, sort, 0, int.MaxValue, cancellationToken).ConfigureAwait(false)
            : await Order(selection, sort, walk: false).ToListAsync(cancellationToken).ConfigureAwait(false);
        return await LoadAsync(context, version, ids, snippets: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One event by its id, or null.</summary>
    public async Task<EventDocument?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var context = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var version = await VersionAsync(context, cancellationToken).ConfigureAwait(false);
        var found = await LoadAsync(context, version, [id], snippets: null, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<YearCount>> CountByYearAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var match = FtsQuery.Build(filter.Text);
        if (HasText(filter) && match is null)
        {
            return [];
        }

        await using var context = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var version = await VersionAsync(context, cancellationToken).ConfigureAwait(false);
        var selection = await SelectAsync(context, version, filter, match, cancellationToken).ConfigureAwait(false);
        return await _cache.GetOrAddAsync<IReadOnlyList<YearCount>>(version, "years:" + selection.Key, async () =>
        {
            if (match is not null)
            {
                return await FilteredHits.YearsAsync(context, filter, match, selection.LongestSpanYears, cancellationToken).ConfigureAwait(false);
            }

            var years = await selection.Events(walk: false).GroupBy(e => e.StartDate.Year).Select(g => new YearCount(g.Key, g.Count()))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return years.OrderBy(c => c.Year).ToList();
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// The events of a page with free text, highlighted. Ranked with no other filter, the index alone ranks the hits and
    /// only the best are looked up; otherwise, and when ties make that unsure, <see cref="FilteredHits"/>. Ranked pages
    /// are read from the top; pages in time order past the middle from the other end (<see cref="PageWindow"/>).
    /// </summary>
    private async Task<IReadOnlyList<EventDocument>> TextPageAsync(
        TimelineDbContext context, DataVersion version, EventSelection selection, string match, EventSort sort, int skip, int expected, int total, CancellationToken cancellationToken)
    {
        if (sort == EventSort.Relevance && selection.IsTextOnly)
        {
            var best = await SearchIndex.RankedPageAsync(context, match, skip, expected, cancellationToken).ConfigureAwait(false);
            if (best?.Count == expected)
            {
                var snippets = await SearchIndex.SnippetsForRowsAsync(context, match, best.Select(h => h.Row).ToList(), cancellationToken).ConfigureAwait(false);
                return await LoadAsync(context, version, best.Select(h => h.EventId!).ToList(), snippets, cancellationToken).ConfigureAwait(false);
            }
        }

        var window = sort == EventSort.Relevance ? new PageWindow(skip, expected, Reversed: false) : PageWindow.For(skip, expected, total);
        var ids = await PageIdsAsync(selection, version, sort, window, total, cancellationToken).ConfigureAwait(false);
        var found = await SearchIndex.SnippetsAsync(context, match, ids, cancellationToken).ConfigureAwait(false);
        return await LoadAsync(context, version, ids, found, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _cache.Dispose();

    /// <summary>
    /// A context whose connection stays open until it is disposed. Left to itself, EF opens and closes the connection
    /// around each query, and every opening registers EF's SQL functions on it again: a call here runs several queries.
    /// </summary>
    private async Task<TimelineDbContext> OpenAsync(CancellationToken cancellationToken)
    {
        var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            if (!context.Database.IsNpgsql())
            {
                await using var cache = context.Database.GetDbConnection().CreateCommand();
                cache.CommandText = PageCacheSql;
                await cache.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            return context;
        }
        catch
        {
            await context.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The state of the stored data; read before the answer it keys, so a cached answer is never older than its key.</summary>
    private static async Task<DataVersion> VersionAsync(TimelineDbContext context, CancellationToken cancellationToken)
    {
        var state = await context.IngestionStates.AsNoTracking().OrderByDescending(s => s.Version).Select(s => new { s.Version, s.UpdatedAt })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return state is null ? new DataVersion(0, default) : new DataVersion(state.Version, state.UpdatedAt);
    }

    /// <summary>The filter's matching events, with what planning their query needs.</summary>
    private async Task<EventSelection> SelectAsync(
        TimelineDbContext context, DataVersion version, EventFilter filter, string? match, CancellationToken cancellationToken)
    {
        if (filter.From is null)
        {
            return new EventSelection(context, filter, match, LongestSpanYears: null);
        }

        var longest = await _cache.GetOrAddAsync(version, "longest-span", async () =>
            await context.Events.MaxAsync(e => (int?)(e.EndDate.Year - e.StartDate.Year), cancellationToken).ConfigureAwait(false) ?? 0).ConfigureAwait(false);
        return new EventSelection(context, filter, match, longest);
    }

    /// <summary>How many events match; with free text, counted from the hits (see <see cref="FilteredHits"/>).</summary>
    private Task<int> CountAsync(EventSelection selection, DataVersion version, CancellationToken cancellationToken) =>
        _cache.GetOrAddAsync(version, "total:" + selection.Key, () => selection.Match is { } match
            ? FilteredHits.CountAsync(selection.Context, selection.Filter, match, selection.LongestSpanYears, cancellationToken)
            : selection.Events(walk: false).CountAsync(cancellationToken));

    /// <summary>
    /// Whether walking the timeline index in order and testing each event against the topic, source, person, place and
    /// text filters finds the page within <see cref="WalkBudget"/> index entries, judging by how densely the matches
    /// sit among the events of the eras and years asked for. Else it is cheaper to start from the matches and sort them.
    /// </summary>
    private async Task<bool> WalkIsShortAsync(EventSelection selection, DataVersion version, long wanted, int total, CancellationToken cancellationToken)
    {
        var scope = await CountAsync(selection.Scope, version, cancellationToken).ConfigureAwait(false);
        return wanted * scope <= (long)WalkBudget * total;
    }

    private static bool HasText(EventFilter filter) => !string.IsNullOrWhiteSpace(filter.Text);

    /// <summary>The ids of the matching events in time order (relevance without free text is time order; with it, see <see cref="FilteredHits"/>).</summary>
    private static IQueryable<string> Order(EventSelection selection, EventSort sort, bool walk) => sort switch
    {
        EventSort.ReverseChronological => selection.Events(walk)
            .OrderByDescending(e => e.StartDate).ThenByDescending(e => e.EndDate).ThenByDescending(e => e.Id)
            .Select(e => e.Id),
        _ => selection.Events(walk).InTimelineOrder().Select(e => e.Id),
    };

    /// <summary>Loads the events' public shape by id, in the order given, in chunks (so the page query runs once, not once per event).</summary>
    private async Task<IReadOnlyList<EventDocument>> LoadAsync(
        TimelineDbContext context, DataVersion version, List<string> ids, IReadOnlyDictionary<string, string>? snippets, CancellationToken cancellationToken)
    {
        var documents = await _cache.GetOrAddAsync(version, "documents", () => EventRows.DocumentNamesAsync(context, cancellationToken)).ConfigureAwait(false);
        var rows = new Dictionary<string, EventRow>(ids.Count, StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(LoadChunk))
        {
            foreach (var (id, row) in await EventRows.LoadAsync(context, chunk, documents, cancellationToken).ConfigureAwait(false))
            {
                rows[id] = row;
            }
        }

        return ids
            .Where(rows.ContainsKey)
            .Select(id => EventDocument.From(rows[id], snippets?.GetValueOrDefault(id)))
            .ToList();
    }
}
