using JapanRussia.Core.Data;
using JapanRussia.Core.Export;
using JapanRussia.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Queries;

/// <summary>
/// The one read path over the events, for the API, the exports (command line and HTTP) and the pages: each read runs
/// in one <see cref="ReadSession"/> at one data version, which a caller that has read it for its request passes in
/// (otherwise it is read here); counts, year histograms and facets are kept per version in one cache; events are
/// read by <see cref="EventRows"/> and shaped as <see cref="EventDocument"/>s or the list's <see cref="TimelineEntry"/>s.
/// Safe for concurrent use: a context per read.
/// </summary>
public sealed class TimelineReader(IDbContextFactory<TimelineDbContext> contextFactory) : IDisposable
{
    public const int MaxPageSize = 200;

    private readonly ResultCache _cache = new();

    /// <summary>The version of the stored data now; read it once per request and pass it to the reads of that request.</summary>
    public async Task<DataVersion> VersionAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await DataVersion.ReadAsync(context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One page of the events matching <paramref name="filter"/>. With free text, each event carries a highlighted
    /// <see cref="EventDocument.Snippet"/> and <see cref="EventSort.Relevance"/> orders by bm25 rank.
    /// </summary>
    public async Task<ResultPage<EventDocument>> SearchAsync(
        EventFilter filter, int page = 1, int pageSize = 50, EventSort sort = EventSort.Chronological, DataVersion? version = null, CancellationToken cancellationToken = default)
    {
        CheckPage(filter, page, pageSize);
        await using var read = await SelectAsync(filter, version, cancellationToken).ConfigureAwait(false);
        var total = read is null ? 0 : await read.CountAsync(cancellationToken).ConfigureAwait(false);
        var skip = (long)(page - 1) * pageSize;
        if (read is null || skip >= total)
        {
            return new ResultPage<EventDocument>(total, page, pageSize, []);
        }

        var (session, selection) = read;
        if (selection.Match is { } match)
        {
            var found = await TextPages.ReadAsync(session, selection, match, sort, (int)skip, (int)Math.Min(pageSize, total - skip), total, cancellationToken).ConfigureAwait(false);
            return new ResultPage<EventDocument>(total, page, pageSize, found);
        }

        var ids = await MatchingEvents.PageIdsAsync(session, selection, sort, PageWindow.For(skip, pageSize, total), total, cancellationToken).ConfigureAwait(false);
        var events = await ReadDocumentsAsync(session, ids, snippets: null, cancellationToken).ConfigureAwait(false);
        return new ResultPage<EventDocument>(total, page, pageSize, events);
    }

    /// <summary>Every event matching <paramref name="filter"/>, without snippets (the exports).</summary>
    public async Task<IReadOnlyList<EventDocument>> ListAsync(
        EventFilter filter, EventSort sort = EventSort.Chronological, DataVersion? version = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var read = await SelectAsync(filter, version, cancellationToken).ConfigureAwait(false);
        if (read is null)
        {
            return [];
        }

        var ids = await MatchingEvents.AllIdsAsync(read.Selection, sort, cancellationToken).ConfigureAwait(false);
        return await ReadDocumentsAsync(read.Session, ids, snippets: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One event by its id, or null.</summary>
    public async Task<EventDocument?> FindAsync(string id, DataVersion? version = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var session = await OpenAsync(version, cancellationToken).ConfigureAwait(false);
        var found = await ReadDocumentsAsync(session, [id], snippets: null, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>One event with its sources in their paragraphs and its neighbours in timeline order (the event page), or null.</summary>
    public async Task<EventDetail?> GetEventAsync(string id, DataVersion? version = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var session = await OpenAsync(version, cancellationToken).ConfigureAwait(false);
        var found = await ReadDocumentsAsync(session, [id], snippets: null, cancellationToken).ConfigureAwait(false);
        if (found.Count == 0)
        {
            return null;
        }

        var (previous, next) = await EventNeighbours.ReadAsync(session.Context, id, cancellationToken).ConfigureAwait(false);
        var sources = await SourceContexts.ReadAsync(session.Context, [id], cancellationToken).ConfigureAwait(false);
        return new EventDetail(found[0], sources, previous, next);
    }

    /// <summary>
    /// One page of the timeline list in timeline order: the same events and count as <see cref="SearchAsync"/> in date
    /// order; a page past the end (an old link after the data shrank) gives the last page instead of nothing.
    /// </summary>
    public async Task<ResultPage<TimelineEntry>> TimelinePageAsync(
        EventFilter filter, int page, int pageSize, DataVersion? version = null, CancellationToken cancellationToken = default)
    {
        CheckPage(filter, page, pageSize);
        await using var read = await SelectAsync(filter, version, cancellationToken).ConfigureAwait(false);
        var total = read is null ? 0 : await read.CountAsync(cancellationToken).ConfigureAwait(false);
        if (read is null || total == 0)
        {
            return new ResultPage<TimelineEntry>(0, page, pageSize, []);
        }

        page = Math.Min(page, (total + pageSize - 1) / pageSize);
        var window = PageWindow.For((page - 1) * (long)pageSize, pageSize, total);
        var ids = await MatchingEvents.PageIdsAsync(read.Session, read.Selection, EventSort.Chronological, window, total, cancellationToken).ConfigureAwait(false);
        var rows = await EventRows.ReadAsync(read.Session, ids, cancellationToken).ConfigureAwait(false);
        return new ResultPage<TimelineEntry>(total, page, pageSize, rows.ConvertAll(TimelineEntry.From));
    }

    /// <summary>The filter choices with their counts, and the events per start year of <paramref name="yearsFilter"/> (the overview strip).</summary>
    public async Task<(TimelineFacets Facets, IReadOnlyList<YearCount> Years)> FacetsAndYearsAsync(
        EventFilter yearsFilter, DataVersion? version = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(yearsFilter);
        await using var session = await OpenAsync(version, cancellationToken).ConfigureAwait(false);
        var facets = await session.CachedAsync(ReadKey.Of("facets"), () => FacetCounts.ReadAsync(session.Context, cancellationToken)).ConfigureAwait(false);
        var match = FtsQuery.Build(yearsFilter.Text);
        if (yearsFilter.HasText && match is null)
        {
            return (facets, []);
        }

        var selection = await MatchingEvents.SelectAsync(session, yearsFilter, match, cancellationToken).ConfigureAwait(false);
        return (facets, await MatchingEvents.YearsAsync(session, selection, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The sources of the given events, each with its paragraph, in document then text order.</summary>
    public async Task<IReadOnlyList<SourceContext>> SourceContextsAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        if (eventIds.Count == 0)
        {
            return [];
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await SourceContexts.ReadAsync(context, eventIds, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _cache.Dispose();

    /// <summary>The events' public shape by id, in the order given (missing ids left out).</summary>
    internal static async Task<IReadOnlyList<EventDocument>> ReadDocumentsAsync(
        ReadSession session, List<string> ids, IReadOnlyDictionary<string, string>? snippets, CancellationToken cancellationToken)
    {
        var rows = await EventRows.ReadAsync(session, ids, cancellationToken).ConfigureAwait(false);
        return rows.ConvertAll(row => EventDocument.From(row, snippets?.GetValueOrDefault(row.Id)));
    }

    private static void CheckPage(EventFilter filter, int page, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
    }

    private Task<ReadSession> OpenAsync(DataVersion? version, CancellationToken cancellationToken) =>
        ReadSession.OpenAsync(contextFactory, version, _cache, cancellationToken);

    /// <summary>A session with <paramref name="filter"/>'s events selected in it; null when its free text can match nothing.</summary>
    private async Task<SelectedRead?> SelectAsync(EventFilter filter, DataVersion? version, CancellationToken cancellationToken)
    {
        var match = FtsQuery.Build(filter.Text);
        if (filter.HasText && match is null)
        {
            return null;
        }

        var session = await OpenAsync(version, cancellationToken).ConfigureAwait(false);
        try
        {
            return new SelectedRead(session, await MatchingEvents.SelectAsync(session, filter, match, cancellationToken).ConfigureAwait(false));
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>One read's session and the events it selected; disposing it closes the session.</summary>
    private sealed record SelectedRead(ReadSession Session, EventSelection Selection) : IAsyncDisposable
    {
        public Task<int> CountAsync(CancellationToken cancellationToken) => MatchingEvents.CountAsync(Session, Selection, cancellationToken);

        public ValueTask DisposeAsync() => Session.DisposeAsync();
    }
}
