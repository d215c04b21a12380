using JapanRussia.Core.Data;

namespace JapanRussia.Core.Search;

/// <summary>
/// The full-text index, written once per provider (<see cref="SqliteSearchIndex"/>, <see cref="PostgresSearchIndex"/>);
/// queries come as FTS5 text from <see cref="FtsQuery"/> on both. Reached through <see cref="SearchIndex"/>.
/// </summary>
internal interface ISearchIndex
{
    /// <summary>Re-indexes the given events from what is stored now (inside the transaction that changed them).</summary>
    Task RefreshAsync(TimelineDbContext context, IEnumerable<string> eventIds, CancellationToken cancellationToken);

    /// <summary>Rebuilds the whole index from the stored events.</summary>
    Task RebuildAsync(TimelineDbContext context, CancellationToken cancellationToken);

    /// <summary>The ids of the events matching the query, unranked (a filter); composable with LINQ.</summary>
    IQueryable<string> EventIds(TimelineDbContext context, string ftsQuery);

    /// <summary>One page of the matches in relevance order found from the index alone, or null when that cannot be sure of the page.</summary>
    Task<IReadOnlyList<RankedHit>?> RankedPageAsync(TimelineDbContext context, string ftsQuery, int skip, int take, CancellationToken cancellationToken);

    /// <summary>Highlighted snippets for the index rows of <see cref="RankedPageAsync"/>'s hits, by event id.</summary>
    Task<IReadOnlyDictionary<string, string>> SnippetsForRowsAsync(
        TimelineDbContext context, string ftsQuery, IReadOnlyCollection<long> rows, CancellationToken cancellationToken);

    /// <summary>Highlighted snippets for some of the matching events, as safe HTML, by event id.</summary>
    Task<IReadOnlyDictionary<string, string>> SnippetsAsync(
        TimelineDbContext context, string ftsQuery, IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken);

    /// <summary>How many events the index holds.</summary>
    Task<int> CountAsync(TimelineDbContext context, CancellationToken cancellationToken);
}
