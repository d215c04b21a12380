using System.Globalization;
using System.Text;
using JapanRussia.Core.Data;
using JapanRussia.Core.Events;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Queries;

/// <summary>
/// The full-text hits of a filter that also has other conditions, counted or ranked in one fixed plan: the FTS5 index
/// is scanned once (CROSS JOIN keeps it the outer loop), each hit's event id is read by row number, and every other
/// condition is an uncorrelated IN list built once from a covering index and probed per hit. Left to the planner, the
/// same join was sometimes driven from the events, running the text query again per event (25–74 s at 100,000 events).
/// </summary>
internal static class FilteredHits
{
    private const string Hits =
        "FROM SearchIndex CROSS JOIN SearchRows AS m ON m.Row = SearchIndex.rowid WHERE SearchIndex MATCH $match";

    /// <summary>How many events match both the text and the rest of <paramref name="filter"/>.</summary>
    public static async Task<int> CountAsync(TimelineDbContext context, EventFilter filter, string match, int? longestSpanYears, CancellationToken cancellationToken)
    {
        if (context.Database.IsNpgsql())
        {
            return await PostgresFilteredHits.CountAsync(context, filter, match, longestSpanYears, cancellationToken).ConfigureAwait(false);
        }

        await using var command = Command(context, filter, match, longestSpanYears, conditions => "SELECT count(*) " + Hits + conditions);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <summary>How many of the matching events start in each year (the overview strip), in year order.</summary>
    public static async Task<List<YearCount>> YearsAsync(TimelineDbContext context, EventFilter filter, string match, int? longestSpanYears, CancellationToken cancellationToken)
    {
        if (context.Database.IsNpgsql())
        {
            return await PostgresFilteredHits.YearsAsync(context, filter, match, longestSpanYears, cancellationToken).ConfigureAwait(false);
        }

        await using var command = Command(context, filter, match, longestSpanYears, conditions =>
            "WITH hits AS MATERIALIZED (SELECT m.EventId AS EventId " + Hits + conditions + ") " +
            "SELECT CAST(substr(e.StartDate, 1, 4) AS INTEGER) AS Year, count(*) FROM hits AS h CROSS JOIN Events AS e ON e.Id = h.EventId GROUP BY 1 ORDER BY 1");
        var years = new List<YearCount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            years.Add(new YearCount(reader.GetInt32(0), reader.GetInt32(1)));
        }

        return years;
    }

    /// <summary>
    /// One page of the matching event ids in <paramref name="sort"/> order; by rank, ties go in timeline order. Ranked,
    /// only hits ranked at or above the last one the page reaches are looked up as events (for the dates that break ties),
    /// so a page costs the ranking, not an event per hit; in time order every hit's dates are read.
    /// </summary>
    public static async Task<List<string>> PageAsync(
        TimelineDbContext context, EventFilter filter, string match, int? longestSpanYears, EventSort sort, int skip, int take, CancellationToken cancellationToken)
    {
        if (context.Database.IsNpgsql())
        {
            return await PostgresFilteredHits.PageAsync(context, filter, match, longestSpanYears, sort, skip, take, cancellationToken).ConfigureAwait(false);
        }

        await using var command = Command(context, filter, match, longestSpanYears, conditions => PageSql(conditions, sort));
        command.Parameters.AddWithValue("$skip", skip);
        command.Parameters.AddWithValue("$take", take);
        var ids = new List<string>(Math.Min(take, 1000));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>The SQL of <see cref="PageAsync"/> (the plan tests read its plan).</summary>
    public static string PageSql(string conditions, EventSort sort) => sort switch
    {
        EventSort.Relevance =>
            "WITH hits AS MATERIALIZED (SELECT m.EventId AS EventId, bm25(SearchIndex, 0.0, 4.0, 1.0) AS Rank " + Hits + conditions + "), " +
            "cut AS (SELECT Rank FROM hits ORDER BY Rank LIMIT 1 OFFSET $skip + $take - 1) " +
            "SELECT h.EventId FROM hits AS h CROSS JOIN Events AS e ON e.Id = h.EventId " +
            "WHERE h.Rank <= ifnull((SELECT Rank FROM cut), 1e308) " +
            "ORDER BY h.Rank, e.StartDate, e.EndDate, e.Id LIMIT $take OFFSET $skip",
        _ =>
            "WITH hits AS MATERIALIZED (SELECT m.EventId AS EventId " + Hits + conditions + ") " +
            "SELECT e.Id FROM hits AS h CROSS JOIN Events AS e ON e.Id = h.EventId " +
            (sort == EventSort.ReverseChronological ? "ORDER BY e.StartDate DESC, e.EndDate DESC, e.Id DESC" : "ORDER BY e.StartDate, e.EndDate, e.Id") +
            " LIMIT $take OFFSET $skip",
    };

    /// <summary>
    /// The conditions besides the text, each an IN list on the hit's event id, with their parameters. Eras and years are
    /// one list read from the (EraId, StartDate, EndDate, Id) or (StartDate, EndDate, Id) index; topics, sources, people and
    /// places are a list each, of the events carrying any of the values asked for.
    /// </summary>
    public static (string Sql, List<SqliteParameter> Parameters) Conditions(EventFilter filter, int? longestSpanYears)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sql = new StringBuilder();
        var parameters = new List<SqliteParameter>();
        string Parameter(object value)
        {
            var name = "$p" + parameters.Count.ToString(CultureInfo.InvariantCulture);
            parameters.Add(new SqliteParameter(name, value));
            return name;
        }

        var spans = new List<string>();
        var eras = filter.Eras.Distinct(StringComparer.Ordinal).ToList();
        if (eras.Count > 0)
        {
            spans.Add("EraId IN (" + string.Join(", ", eras.Select(Parameter)) + ")");
        }

        if (filter.From is { } from)
        {
            spans.Add("EndDate >= " + Parameter(Day(from, 1, 1)));
            if (longestSpanYears is { } longest)
            {
                spans.Add("StartDate >= " + Parameter(Day(from - longest, 1, 1)));
            }
        }

        if (filter.To is { } to)
        {
            spans.Add("StartDate <= " + Parameter(Day(to, 12, 31)));
        }

        if (spans.Count > 0)
        {
            sql.Append(" AND m.EventId IN (SELECT Id FROM Events WHERE ").Append(string.Join(" AND ", spans)).Append(')');
        }

        string AnyOf(IReadOnlyList<string> values) => "IN (" + string.Join(", ", values.Distinct(StringComparer.Ordinal).Select(Parameter)) + ")";

        if (filter.Topics.Count > 0)
        {
            sql.Append(" AND m.EventId IN (SELECT EventId FROM EventTopics WHERE TopicId ").Append(AnyOf(filter.Topics)).Append(')');
        }

        if (filter.Sources.Count > 0)
        {
            sql.Append(" AND m.EventId IN (SELECT EventId FROM EventSources WHERE PassageId IN (SELECT Id FROM Passages WHERE DocumentId IN ")
                .Append("(SELECT Id FROM Documents WHERE FileName ").Append(AnyOf(filter.Sources)).Append(")))");
        }

        foreach (var (kind, names) in new[] { (EntityKind.Person, filter.People), (EntityKind.Place, filter.Places) })
        {
            if (names.Count > 0)
            {
                sql.Append(" AND m.EventId IN (SELECT EventId FROM EventEntities WHERE Kind = ").Append(Parameter(kind.ToString()))
                    .Append(" AND Name ").Append(AnyOf(names)).Append(')');
            }
        }

        return (sql.ToString(), parameters);
    }

    /// <summary>EF stores a date as yyyy-MM-dd text; the bounds are compared as such.</summary>
    private static string Day(int year, int month, int day) =>
        new DateOnly(Math.Clamp(year, 1, 9999), month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static SqliteCommand Command(
        TimelineDbContext context, EventFilter filter, string match, int? longestSpanYears, Func<string, string> statement)
    {
        var (conditions, parameters) = Conditions(filter, longestSpanYears);
        var command = (SqliteCommand)context.Database.GetDbConnection().CreateCommand();
        command.CommandText = statement(conditions);
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddRange(parameters);
        return command;
    }
}
