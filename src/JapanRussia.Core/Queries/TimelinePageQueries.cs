using System.Globalization;
using JapanRussia.Core.Data;
using JapanRussia.Core.Dates;
using JapanRussia.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace JapanRussia.Core.Queries;

/// <summary>
/// An event as the timeline list shows it, and nothing more: how many sources state it, but not what they say (a card
/// fetches its sources in their paragraphs, <see cref="SourceContext"/>s, when a reader opens it).
/// </summary>
public sealed record TimelineEntry(
    string Id,
    string Start,
    string Precision,
    string Label,
    string Title,
    string Era,
    IReadOnlyList<string> Topics,
    string? Disagreement,
    int SourceCount)
{
    /// <summary>How the date was obtained: stated, dual-dated, converted, completed or worked out.</summary>
    public DateProvenanceKind DateProvenance { get; init; }

    /// <summary>That, in words; null for a stated date.</summary>
    public string? DateNote { get; init; }
}

/// <summary>
/// The timeline page's read path: one page of events projected to what the list renders (which events, and how many, are
/// decided by <see cref="EventSearch"/>, so the page and the API share plans and counts), and the filter choices and
/// year histogram, which are the same for every reader of one version of the data and so are kept in memory per version.
/// </summary>
public sealed class TimelinePageQueries(IDbContextFactory<TimelineDbContext> contextFactory, TimelineCatalog catalog, EventSearch search) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 512 });

    /// <summary>
    /// One page of the events matching <paramref name="filter"/> in timeline order; a page past the end (an old link
    /// after the data shrank) gives the last page instead of nothing.
    /// </summary>
    public async Task<ResultPage<TimelineEntry>> PageAsync(EventFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, EventSearch.MaxPageSize);

        var match = FtsQuery.Build(filter.Text);
        if (HasText(filter) && match is null)
        {
            return new ResultPage<TimelineEntry>(0, page, pageSize, []);
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var (total, shown, ids) = await search.TimelineIdsAsync(context, filter, match, page, pageSize, cancellationToken).ConfigureAwait(false);
        if (total == 0)
        {
            return new ResultPage<TimelineEntry>(0, page, pageSize, []);
        }

        // One query: each event's topics come along (a join) and its sources are counted, not read.
        var rows = await context.Events.AsNoTracking().Where(e => ids.Contains(e.Id)).InTimelineOrder()
            .Select(e => new
            {
                e.Id, e.StartDate, e.EndDate, e.Precision, e.Qualifier, e.Label, e.Title, e.EraId, e.Disagreement,
                e.DateProvenance, e.DateNote,
                Topics = e.Topics.Select(t => t.TopicId).ToList(),
                SourceCount = e.Sources.Count,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var items = rows.ConvertAll(r => new TimelineEntry(
            r.Id,
            new HistoricalDate(r.StartDate, r.EndDate, r.Precision, r.Qualifier, r.Label).StartText,
            Lower(r.Precision),
            r.Label,
            r.Title,
            r.EraId,
            r.Topics.Order(StringComparer.Ordinal).ToList(),
            r.Disagreement,
            r.SourceCount)
        {
            DateProvenance = r.DateProvenance,
            DateNote = r.DateNote,
        });
        return new ResultPage<TimelineEntry>(total, shown, pageSize, items);
    }

    /// <summary>
    /// The filter choices and the events per start year for <paramref name="yearsFilter"/> (the overview strip), each kept
    /// per data version. The page needs both on every filter change, so the version (a connection and a query) is read once.
    /// </summary>
    public async Task<(TimelineFacets Facets, IReadOnlyList<YearCount> Years)> GetFacetsAndYearsAsync(EventFilter yearsFilter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(yearsFilter);
        var version = await VersionAsync(cancellationToken).ConfigureAwait(false);
        var facets = await CachedAsync($"facets:{version}", () => catalog.GetFacetsAsync(cancellationToken)).ConfigureAwait(false);
        return (facets, await CountByYearAsync(yearsFilter, version, cancellationToken).ConfigureAwait(false));
    }

    private async Task<IReadOnlyList<YearCount>> CountByYearAsync(EventFilter filter, long version, CancellationToken cancellationToken)
    {
        return await CachedAsync($"years:{version}:{Key(filter)}", async () =>
        {
            var match = FtsQuery.Build(filter.Text);
            if (HasText(filter) && match is null)
            {
                return [];
            }

            await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            if (match is not null)
            {
                await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                return await FilteredHits.YearsAsync(context, filter, match, longestSpanYears: null, cancellationToken).ConfigureAwait(false);
            }

            var years = await EventFilterQuery.Apply(context, filter, match)
                .GroupBy(e => e.StartDate.Year)
                .Select(g => new { Year = g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return years.OrderBy(y => y.Year).Select(y => new YearCount(y.Year, y.Count)).ToList();
        }).ConfigureAwait(false);
    }

    public void Dispose() => _cache.Dispose();

    /// <summary>Bumped by every ingestion that changes anything, so a cached answer never outlives the data it was computed from.</summary>
    private async Task<long> VersionAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await context.IngestionStates.AsNoTracking().Select(s => (long?)s.Version).MaxAsync(cancellationToken).ConfigureAwait(false) ?? 0;
    }

    private async Task<T> CachedAsync<T>(string key, Func<Task<T>> compute)
    {
        if (_cache.TryGetValue(key, out T? cached) && cached is not null)
        {
            return cached;
        }

        var value = await compute().ConfigureAwait(false);
        _cache.Set(key, value, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return value;
    }

    private static string Key(EventFilter filter) => string.Join(
        '\u001f',
        string.Join(',', filter.Eras.Order(StringComparer.Ordinal)),
        string.Join(',', filter.Topics.Order(StringComparer.Ordinal)),
        filter.Source,
        filter.Person,
        filter.Place,
        filter.From?.ToString(CultureInfo.InvariantCulture),
        filter.To?.ToString(CultureInfo.InvariantCulture),
        filter.Text?.Trim());

    private static bool HasText(EventFilter filter) => !string.IsNullOrWhiteSpace(filter.Text);

#pragma warning disable CA1308 // the public shape spells these in lower case
    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
#pragma warning restore CA1308
}
