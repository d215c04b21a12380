using System.Globalization;
using JapanRussia.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Queries;

/// <summary>
/// The full-text hits of a filter (SQLite FTS5), counted, counted by year or paged in one fixed plan: the FTS5 index is
/// scanned once (CROSS JOIN keeps it the outer loop), each hit's event id read by row number, each other filter probed
/// per hit (<see cref="FilterConditions"/>), and the event row read only where its dates are needed. Left to the planner,
/// the same join was sometimes driven from the events, running the text query again per event (25–74 s at 100,000
/// events). A page in time order that the timeline index reaches sooner is walked instead (<see cref="SqliteTimelineWalk"/>).
/// SQLite's <see cref="IFilteredHits"/>; PostgreSQL's is <see cref="PostgresFilteredHits"/>.
/// </summary>
internal sealed class FilteredHits : IFilteredHits
{
    public static readonly FilteredHits Sqlite = new();

    private const string Hits = "FROM SearchIndex CROSS JOIN SearchRows AS m ON m.Row = SearchIndex.rowid";

    private const string WithEvents = " CROSS JOIN Events AS e ON e.Id = m.EventId";

    private FilteredHits()
    {
    }

    /// <summary>How many events match both the text and the rest of <paramref name="filter"/>.</summary>
    public async Task<int> CountAsync(TimelineDbContext context, EventFilter filter, string match, int? longestSpanYears, CancellationToken cancellationToken)
    {
        var conditions = new FilterConditions();
        var sql = "SELECT count(*) " + From(conditions, filter, match, longestSpanYears, events: FilterConditions.HasSpans(filter));
        await using var command = conditions.Command(context, sql);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <summary>How many of the matching events start in each year (the overview strip), in year order.</summary>
    public async Task<List<YearCount>> YearsAsync(TimelineDbContext context, EventFilter filter, string match, int? longestSpanYears, CancellationToken cancellationToken)
    {
        var conditions = new FilterConditions();
        var sql = "SELECT CAST(substr(e.StartDate, 1, 4) AS INTEGER) AS Year, count(*) " +
            From(conditions, filter, match, longestSpanYears, events: true) + " GROUP BY 1 ORDER BY 1";
        return await conditions.YearsAsync(context, sql, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One page of the matching event ids in <paramref name="sort"/> order; by rank, ties go in timeline order.</summary>
    public async Task<List<string>> PageAsync(
        TimelineDbContext context, EventFilter filter, string match, int? longestSpanYears, EventSort sort, int skip, int take, CancellationToken cancellationToken)
    {
        var (sql, conditions) = PageSql(filter, match, longestSpanYears, sort);
        await using var command = conditions.Command(context, sql);
        command.Parameters.AddWithValue("$skip", skip);
        command.Parameters.AddWithValue("$take", take);
        return await ReadIdsAsync(command, take, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The SQL of <see cref="PageAsync"/> and its parameters besides $skip and $take (the plan tests read its plan). In
    /// time order every hit's dates are read and sorted. By rank, the hits are ranked once; the ranks at the page's first
    /// and last places bound it, and only hits ranked between them are looked up as events for the dates that break
    /// ties, so a last page costs the ranking, not an event per hit.
    /// </summary>
    public static (string Sql, FilterConditions Conditions) PageSql(EventFilter filter, string match, int? longestSpanYears, EventSort sort)
    {
        var conditions = new FilterConditions();
        if (sort != EventSort.Relevance)
        {
            var order = sort == EventSort.ReverseChronological ? "ORDER BY e.StartDate DESC, e.EndDate DESC, e.Id DESC" : "ORDER BY e.StartDate, e.EndDate, e.Id";
            return ("SELECT e.Id " + From(conditions, filter, match, longestSpanYears, events: true) + " " + order + " LIMIT $take OFFSET $skip", conditions);
        }

        var hits = From(conditions, filter, match, longestSpanYears, events: FilterConditions.HasSpans(filter));
        return (
            "WITH hits AS MATERIALIZED (SELECT m.EventId AS EventId, " + Search.SqliteSearchIndex.RankSql + " AS Rank " + hits + "), " +
            "edge AS MATERIALIZED (SELECT (SELECT Rank FROM hits ORDER BY Rank LIMIT 1 OFFSET $skip) AS Low, " +
            "ifnull((SELECT Rank FROM hits ORDER BY Rank LIMIT 1 OFFSET $skip + $take - 1), 1e308) AS High) " +
            "SELECT h.EventId FROM edge CROSS JOIN hits AS h CROSS JOIN Events AS e ON e.Id = h.EventId " +
            "WHERE h.Rank >= edge.Low AND h.Rank <= edge.High ORDER BY h.Rank, e.StartDate, e.EndDate, e.Id " +
            "LIMIT $take OFFSET $skip - (SELECT count(*) FROM hits, edge WHERE hits.Rank < edge.Low)",
            conditions);
    }

    /// <summary>The first column of every row, as strings.</summary>
    public static async Task<List<string>> ReadIdsAsync(SqliteCommand command, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var ids = new List<string>(Math.Min(take, 1000));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>
    /// FROM and WHERE of the hits: the membership probes test the hit's event id before its event row is read, so a hit
    /// another filter rejects costs no row; the era and year conditions then test the row.
    /// </summary>
    private static string From(FilterConditions conditions, EventFilter filter, string match, int? longestSpanYears, bool events) =>
        Hits + (events ? WithEvents : "") + " WHERE SearchIndex MATCH " + conditions.Parameter(match) +
        conditions.Memberships(filter, "m.EventId") + (events ? conditions.Spans(filter, longestSpanYears, "e") : "");
}
