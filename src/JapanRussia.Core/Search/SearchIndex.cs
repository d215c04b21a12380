using System.Net;
using JapanRussia.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Search;

/// <summary>
/// The SQLite FTS5 index over event titles, source sentences (Excerpts) and the paragraphs around them (table
/// <c>SearchIndex</c>, created by AddSearchIndex, given its Paragraphs column by AddSearchParagraphs). One row per
/// event; ingestion refreshes exactly the events it rewrites. Table <c>SearchRows</c> (AddSearchRows) maps each index
/// row to its event, so that going from hits to events reads small rows by number rather than the indexed text.
/// </summary>
public static class SearchIndex
{
    /// <summary>
    /// The relevance rank (lower is better): a title counts most, then the sentence that states the event, then its
    /// paragraph, whose names ("Noda", "Iturup") find the event without outranking events that state them.
    /// </summary>
    public const string RankSql = "bm25(SearchIndex, 0.0, 10.0, 4.0, 1.0)";

    private const int Chunk = 500;

    /// <summary>
    /// Beyond this many best hits, <see cref="RankedPageAsync"/> declines: it reads an event per hit it ranks, and with
    /// ties (common: bm25 of one word over similar sentences takes a few dozen values) it then gives up after all that.
    /// </summary>
    private const int MaxRankedReach = 1000;

    // Private-use characters mark the match in the snippet, so the excerpt can be HTML-escaped before <mark> goes in.
    private const string MarkOpen = "\uE000";
    private const string MarkClose = "\uE001";

    /// <summary>Indexes events under the row numbers SearchRows gave them, so that a hit's row leads to its event without reading the indexed text.</summary>
    private const string InsertSql =
        "INSERT INTO SearchIndex (rowid, EventId, Title, Excerpts, Paragraphs) SELECT m.Row, e.Id, e.Title, " + ExcerptsSql + ", " + ParagraphsSql + " " +
        "FROM SearchRows AS m INNER JOIN Events AS e ON e.Id = m.EventId";

    private const string ExcerptsSql = "(SELECT group_concat(s.Excerpt, char(10)) FROM EventSources AS s WHERE s.EventId = e.Id)";

    /// <summary>Each passage that holds one of the event's sentences, once, however many of its sentences state the event.</summary>
    private const string ParagraphsSql =
        "(SELECT group_concat(p.Text, char(10)) FROM Passages AS p WHERE p.Id IN (SELECT s.PassageId FROM EventSources AS s WHERE s.EventId = e.Id))";

    private const string RankedSql =
        "SELECT h.Row, h.Rank, e.Id AS EventId, e.StartDate, e.EndDate " +
        "FROM (SELECT rowid AS Row, " + RankSql + " AS Rank FROM SearchIndex WHERE SearchIndex MATCH {0} ORDER BY Rank LIMIT {1}) AS h " +
        "LEFT JOIN SearchRows AS m ON m.Row = h.Row LEFT JOIN Events AS e ON e.Id = m.EventId";

    private const string ChunkIds = "(SELECT value FROM json_each({0}))";

    /// <summary>
    /// The snippet of each index row matching {0} among the rows {1} names. "+rowid": a rowid constraint would make FTS5
    /// run the whole query again for each row asked for (for a prefix, a walk of its terms each time); without it, the
    /// query runs once and its rows are checked against the list.
    /// </summary>
    private const string SnippetSql = "SELECT EventId, snippet(SearchIndex, -1, {2}, {3}, '…', 24) AS Snippet FROM SearchIndex WHERE SearchIndex MATCH {0} AND +rowid IN ";

    private const string SnippetsOfRowsSql = SnippetSql + "(SELECT value FROM json_each({1}))";

    private const string SnippetsOfEventsSql = SnippetSql + "(SELECT Row FROM SearchRows WHERE EventId IN (SELECT value FROM json_each({1})))";

    // Through SearchRows, because the index's own EventId column is unindexed: finding rows by it reads every row.
    private const string DeleteChunkSql = $"DELETE FROM SearchIndex WHERE rowid IN (SELECT Row FROM SearchRows WHERE EventId IN {ChunkIds})";

    private const string UnmapChunkSql = $"DELETE FROM SearchRows WHERE EventId IN {ChunkIds}";

    private const string MapChunkSql = $"INSERT INTO SearchRows (EventId) SELECT Id FROM Events WHERE Id IN {ChunkIds}";

    private const string InsertChunkSql = $"{InsertSql} WHERE m.EventId IN {ChunkIds}";

    /// <summary>
    /// Re-indexes the given events from what is stored now: drops their rows, then indexes those that still exist.
    /// Call inside the transaction that changed them. An empty list writes nothing.
    /// </summary>
    public static async Task RefreshAsync(TimelineDbContext context, IEnumerable<string> eventIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(eventIds);
        if (context.Database.IsNpgsql())
        {
            await PostgresSearchIndex.RefreshAsync(context, eventIds, cancellationToken).ConfigureAwait(false);
            return;
        }

        foreach (var chunk in eventIds.Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            object[] ids = [System.Text.Json.JsonSerializer.Serialize(chunk)];
            foreach (var sql in (string[])[DeleteChunkSql, UnmapChunkSql, MapChunkSql, InsertChunkSql])
            {
                await context.Database.ExecuteSqlRawAsync(sql, ids, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Rebuilds the whole index from the stored events (after a bulk load, or to repair).</summary>
    public static async Task RebuildAsync(TimelineDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Database.IsNpgsql())
        {
            await PostgresSearchIndex.RebuildAsync(context, cancellationToken).ConfigureAwait(false);
            return;
        }

        foreach (var sql in (string[])["DELETE FROM SearchIndex", "DELETE FROM SearchRows", "INSERT INTO SearchRows (EventId) SELECT Id FROM Events", InsertSql])
        {
            await context.Database.ExecuteSqlRawAsync(sql, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The ids of the events matching an FTS5 query, unranked (a filter); composable with LINQ.</summary>
    public static IQueryable<string> EventIds(TimelineDbContext context, string ftsQuery)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Database.IsNpgsql())
        {
            return PostgresSearchIndex.EventIds(context, ftsQuery);
        }

        return context.Database.SqlQuery<string>(
            $"SELECT m.EventId AS Value FROM SearchIndex INNER JOIN SearchRows AS m ON m.Row = SearchIndex.rowid WHERE SearchIndex MATCH {ftsQuery}");
    }

    /// <summary>
    /// One page of the events matching <paramref name="ftsQuery"/> in relevance order (bm25 rank, then timeline order),
    /// found by ranking in the index alone and looking up as events only the best <paramref name="skip"/> + 2 ×
    /// <paramref name="take"/> hits. Null when that is not enough to be sure of the page: when hits tied with the last
    /// one that reaches the page may lie beyond them, when an index row has no event, or when the page lies deeper than
    /// <see cref="MaxRankedReach"/>.
    /// </summary>
    public static async Task<IReadOnlyList<RankedHit>?> RankedPageAsync(
        TimelineDbContext context, string ftsQuery, int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Database.IsNpgsql())
        {
            // PostgreSQL ranks within the filtered query (see PostgresFilteredHits); there is no index-only shortcut.
            return null;
        }

        var reach = skip + take;
        var limit = reach + take;
        if (limit > MaxRankedReach)
        {
            return null;
        }

        var best = await context.Database.SqlQueryRaw<RankedHit>(RankedSql, ftsQuery, limit).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (best.Exists(h => h.EventId is null))
        {
            return null;
        }

        best.Sort((a, b) => a.Rank.CompareTo(b.Rank));
        if (best.Count == limit && best[reach - 1].Rank == best[^1].Rank)
        {
            return null;
        }

        var cut = best.Count >= reach ? best[reach - 1].Rank : double.PositiveInfinity;
        return best
            .Where(h => h.Rank <= cut)
            .OrderBy(h => h.Rank).ThenBy(h => h.StartDate).ThenBy(h => h.EndDate).ThenBy(h => h.EventId, StringComparer.Ordinal)
            .Skip(skip)
            .Take(take)
            .ToList();
    }

    /// <summary>Highlighted snippets for the index rows <paramref name="rows"/> (from <see cref="RankedPageAsync"/>), by event id.</summary>
    public static Task<IReadOnlyDictionary<string, string>> SnippetsForRowsAsync(
        TimelineDbContext context, string ftsQuery, IReadOnlyCollection<long> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rows);
        return ReadSnippetsAsync(context, SnippetsOfRowsSql, ftsQuery, rows, cancellationToken);
    }

    /// <summary>Highlighted snippets for some of the events matching <paramref name="ftsQuery"/>, as safe HTML with <c>&lt;mark&gt;</c> around the matches.</summary>
    public static Task<IReadOnlyDictionary<string, string>> SnippetsAsync(
        TimelineDbContext context, string ftsQuery, IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(eventIds);
        return context.Database.IsNpgsql()
            ? PostgresSearchIndex.SnippetsAsync(context, ftsQuery, eventIds, cancellationToken)
            : ReadSnippetsAsync(context, SnippetsOfEventsSql, ftsQuery, eventIds, cancellationToken);
    }

    /// <summary>How many events the index holds (the health check compares it with the events table).</summary>
    public static Task<int> CountAsync(TimelineDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Database.IsNpgsql())
        {
            return PostgresSearchIndex.CountAsync(context, cancellationToken);
        }

        return context.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM SearchIndex").SingleAsync(cancellationToken);
    }

    internal static string ToHtml(string snippet) =>
        WebUtility.HtmlEncode(snippet)
            .Replace(MarkOpen, "<mark>", StringComparison.Ordinal)
            .Replace(MarkClose, "</mark>", StringComparison.Ordinal);

    /// <summary>The snippets of the index rows that <paramref name="sql"/> picks from a list, by event id (the first of an event's rows).</summary>
    private static async Task<IReadOnlyDictionary<string, string>> ReadSnippetsAsync<T>(
        TimelineDbContext context, string sql, string ftsQuery, IReadOnlyCollection<T> list, CancellationToken cancellationToken)
    {
        if (list.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var found = await context.Database.SqlQueryRaw<SearchSnippet>(sql, ftsQuery, System.Text.Json.JsonSerializer.Serialize(list), MarkOpen, MarkClose)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return found
            .GroupBy(r => r.EventId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => ToHtml(g.First().Snippet), StringComparer.Ordinal);
    }
}
