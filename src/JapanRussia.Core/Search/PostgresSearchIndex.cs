using JapanRussia.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Search;

/// <summary>
/// The PostgreSQL full-text index (table <c>SearchIndex</c>, PostgresMigrations/AddSearchIndex): one <c>tsvector</c>
/// per event, the title weighted A and the source sentences B (as SQLite's FTS5 columns), stemmed by the
/// <c>english</c> configuration with accents folded. Queries come as FTS5 text from <see cref="FtsQuery"/> and are translated by
/// <see cref="PostgresTextQuery"/>, so both stores read a reader's text alike.
/// </summary>
public static class PostgresSearchIndex
{
    private const string Config = "'english'";

    private const string Sentences =
        "(SELECT string_agg(s.\"Excerpt\", E'\\n' ORDER BY s.\"Id\") FROM \"EventSources\" AS s WHERE s.\"EventId\" = e.\"Id\")";

    private const string InsertSql =
        "INSERT INTO \"SearchIndex\" (\"EventId\", \"Document\") SELECT e.\"Id\", " +
        $"setweight(to_tsvector({Config}, unaccent(e.\"Title\")), 'A') || " +
        $"setweight(to_tsvector({Config}, unaccent(coalesce({Sentences}, ''))), 'B') " +
        "FROM \"Events\" AS e";

    private const string Query = $"to_tsquery({Config}, unaccent({{0}}))";

    // Private-use characters mark the match, so the text can be HTML-escaped before <mark> goes in (as on SQLite).
    private const string HeadlineOptions = "StartSel=\uE000, StopSel=\uE001, MaxWords=24, MinWords=12, MaxFragments=1, FragmentDelimiter=\" … \"";

    /// <summary>Re-indexes the given events from what is stored now (inside the transaction that changed them).</summary>
    public static async Task RefreshAsync(TimelineDbContext context, IEnumerable<string> eventIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ids = eventIds.Distinct(StringComparer.Ordinal).ToArray();
        if (ids.Length == 0)
        {
            return;
        }

        await context.Database.ExecuteSqlRawAsync("DELETE FROM \"SearchIndex\" WHERE \"EventId\" = ANY({0})", [ids], cancellationToken).ConfigureAwait(false);
        await context.Database.ExecuteSqlRawAsync(InsertSql + " WHERE e.\"Id\" = ANY({0})", [ids], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rebuilds the whole index from the stored events.</summary>
    public static async Task RebuildAsync(TimelineDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.Database.ExecuteSqlRawAsync("DELETE FROM \"SearchIndex\"", cancellationToken).ConfigureAwait(false);
        await context.Database.ExecuteSqlRawAsync(InsertSql, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The events matching an FTS5 query with their rank; composable with LINQ (joined to the other filters).</summary>
    public static IQueryable<RankedEvent> Ranked(TimelineDbContext context, string ftsQuery)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Database.SqlQueryRaw<RankedEvent>(
            $"SELECT i.\"EventId\", ts_rank(i.\"Document\", q) AS \"Rank\" FROM \"SearchIndex\" AS i, {Query} AS q WHERE i.\"Document\" @@ q",
            Parameter(ftsQuery));
    }

    /// <summary>The ids of the events matching an FTS5 query, unranked; composable with LINQ.</summary>
    public static IQueryable<string> EventIds(TimelineDbContext context, string ftsQuery)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Database.SqlQueryRaw<string>(
            $"SELECT i.\"EventId\" AS \"Value\" FROM \"SearchIndex\" AS i WHERE i.\"Document\" @@ {Query}", Parameter(ftsQuery));
    }

    /// <summary>Highlighted snippets of the title and source sentences of <paramref name="eventIds"/> (the best fragment), as safe HTML, by event id.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> SnippetsAsync(
        TimelineDbContext context, string ftsQuery, IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(eventIds);
        if (eventIds.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var rows = await context.Database.SqlQueryRaw<SearchSnippet>(
                $"SELECT e.\"Id\" AS \"EventId\", ts_headline({Config}, e.\"Title\" || E'\\n' || coalesce({Sentences}, ''), {Query}, {{2}}) AS \"Snippet\" " +
                "FROM \"Events\" AS e WHERE e.\"Id\" = ANY({1})",
                Parameter(ftsQuery), eventIds.ToArray(), HeadlineOptions)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.EventId, r => SearchIndex.ToHtml(r.Snippet), StringComparer.Ordinal);
    }

    /// <summary>How many events the index holds.</summary>
    public static Task<int> CountAsync(TimelineDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Database.SqlQueryRaw<int>("SELECT count(*)::integer AS \"Value\" FROM \"SearchIndex\"").SingleAsync(cancellationToken);
    }

    private static string Parameter(string ftsQuery) => PostgresTextQuery.FromFts(ftsQuery);
}
