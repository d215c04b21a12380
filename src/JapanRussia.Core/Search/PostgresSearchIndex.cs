using JapanRussia.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Search;

/// <summary>
/// PostgreSQL's <see cref="ISearchIndex"/>: the full-text index (table <c>SearchIndex</c>, PostgresMigrations/AddSearchIndex): one <c>tsvector</c>
/// per event, the title weighted A, the source sentences B and the paragraphs that hold them C (as SQLite's FTS5
/// columns and their bm25 weights), stemmed by the <c>english</c> configuration with accents folded. Queries come as FTS5 text from <see cref="FtsQuery"/> and are translated by
/// <see cref="PostgresTextQuery"/>, so both stores read a reader's text alike.
/// </summary>
internal sealed class PostgresSearchIndex : ISearchIndex
{
    public static readonly PostgresSearchIndex Instance = new();

    private const string Config = "'english'";

    private const string Sentences =
        "(SELECT string_agg(s.\"Excerpt\", E'\\n' ORDER BY s.\"Id\") FROM \"EventSources\" AS s WHERE s.\"EventId\" = e.\"Id\")";

    /// <summary>Each passage that holds one of the event's sentences, once, however many of its sentences state the event.</summary>
    private const string Paragraphs =
        "(SELECT string_agg(p.\"Text\", E'\\n' ORDER BY p.\"Id\") FROM \"Passages\" AS p " +
        "WHERE p.\"Id\" IN (SELECT s.\"PassageId\" FROM \"EventSources\" AS s WHERE s.\"EventId\" = e.\"Id\"))";

    private const string InsertSql =
        "INSERT INTO \"SearchIndex\" (\"EventId\", \"Document\") SELECT e.\"Id\", " +
        $"setweight(to_tsvector({Config}, unaccent(e.\"Title\")), 'A') || " +
        $"setweight(to_tsvector({Config}, unaccent(coalesce({Sentences}, ''))), 'B') || " +
        $"setweight(to_tsvector({Config}, unaccent(coalesce({Paragraphs}, ''))), 'C') " +
        "FROM \"Events\" AS e";

    /// <summary>
    /// ts_rank's weights for D, C, B, A: a paragraph counts a tenth of a title, a sentence four tenths (SQLite's bm25
    /// weights 1, 4, 10). ts_rank scores a word by its weightiest place plus a little per further place, so a sentence
    /// ranks above any number of paragraph mentions and a title above any number of sentences.
    /// </summary>
    private const string RankWeights = "ARRAY[0.1, 0.1, 0.4, 1.0]::real[]";

    private const string Query = $"to_tsquery({Config}, unaccent({{0}}))";

    // Private-use characters mark the match, so the text can be HTML-escaped before <mark> goes in (as on SQLite).
    private const string HeadlineOptions = $"StartSel={SearchIndex.MarkOpen}, StopSel={SearchIndex.MarkClose}, MaxWords=24, MinWords=12, MaxFragments=1, FragmentDelimiter=\" … \"";

    private PostgresSearchIndex()
    {
    }

    /// <summary>Re-indexes the given events from what is stored now (inside the transaction that changed them).</summary>
    public async Task RefreshAsync(TimelineDbContext context, IEnumerable<string> eventIds, CancellationToken cancellationToken)
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
    public async Task RebuildAsync(TimelineDbContext context, CancellationToken cancellationToken)
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
            $"SELECT i.\"EventId\", ts_rank({RankWeights}, i.\"Document\", q) AS \"Rank\" FROM \"SearchIndex\" AS i, {Query} AS q WHERE i.\"Document\" @@ q",
            Parameter(ftsQuery));
    }

    /// <summary>The ids of the events matching an FTS5 query, unranked; composable with LINQ.</summary>
    public IQueryable<string> EventIds(TimelineDbContext context, string ftsQuery)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Database.SqlQueryRaw<string>(
            $"SELECT i.\"EventId\" AS \"Value\" FROM \"SearchIndex\" AS i WHERE i.\"Document\" @@ {Query}", Parameter(ftsQuery));
    }

    /// <summary>Null: PostgreSQL ranks within the filtered query (see <see cref="Queries.PostgresFilteredHits"/>); there is no index-only shortcut.</summary>
    public Task<IReadOnlyList<RankedHit>?> RankedPageAsync(TimelineDbContext context, string ftsQuery, int skip, int take, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RankedHit>?>(null);

    /// <summary>Never asked: <see cref="RankedPageAsync"/> finds no rows.</summary>
    public Task<IReadOnlyDictionary<string, string>> SnippetsForRowsAsync(
        TimelineDbContext context, string ftsQuery, IReadOnlyCollection<long> rows, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>Highlighted snippets of the title, source sentences and paragraphs of <paramref name="eventIds"/> (the best fragment), as safe HTML, by event id.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SnippetsAsync(
        TimelineDbContext context, string ftsQuery, IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(eventIds);
        if (eventIds.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var rows = await context.Database.SqlQueryRaw<SearchSnippet>(
                $"SELECT e.\"Id\" AS \"EventId\", ts_headline({Config}, e.\"Title\" || E'\\n' || coalesce({Sentences}, '') || E'\\n' || coalesce({Paragraphs}, ''), {Query}, {{2}}) AS \"Snippet\" " +
                "FROM \"Events\" AS e WHERE e.\"Id\" = ANY({1})",
                Parameter(ftsQuery), eventIds.ToArray(), HeadlineOptions)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.EventId, r => SearchIndex.ToHtml(r.Snippet), StringComparer.Ordinal);
    }

    /// <summary>How many events the index holds.</summary>
    public Task<int> CountAsync(TimelineDbContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Database.SqlQueryRaw<int>("SELECT count(*)::integer AS \"Value\" FROM \"SearchIndex\"").SingleAsync(cancellationToken);
    }

    private static string Parameter(string ftsQuery) => PostgresTextQuery.FromFts(ftsQuery);
}
