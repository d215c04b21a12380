using System.Globalization;
using JapanRussia.Core.Data;

namespace JapanRussia.Core.Queries;

/// <summary>
/// A filter with a source and no free text (SQLite), counted, counted by year or paged from the source's events: their
/// ids are found once from the documents' names (<see cref="FilterConditions.SourceEvents"/>), each is looked up by id
/// (CROSS JOIN keeps them the outer loop) and probed for the topics, people and places. A document's events are a few
/// hundred; left to the planner, the same filter with three topics started from the topics' events (tens of thousands,
/// listed on every request: 55 ms at 100,000 events, against 1 ms from the source).
/// </summary>
internal static class SqliteSourceEvents
{
    /// <summary>How many events match <paramref name="filter"/>.</summary>
    public static async Task<int> CountAsync(TimelineDbContext context, EventFilter filter, int? longestSpanYears, CancellationToken cancellationToken)
    {
        var conditions = new FilterConditions();
        var sql = conditions.SourceEvents(filter) + "SELECT count(*) " + From(conditions, filter, longestSpanYears, events: FilterConditions.HasSpans(filter));
        await using var command = conditions.Command(context, sql);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <summary>How many of the matching events start in each year (the overview strip), in year order.</summary>
    public static async Task<List<YearCount>> YearsAsync(TimelineDbContext context, EventFilter filter, int? longestSpanYears, CancellationToken cancellationToken)
    {
        var conditions = new FilterConditions();
        var sql = conditions.SourceEvents(filter) + "SELECT CAST(substr(e.StartDate, 1, 4) AS INTEGER) AS Year, count(*) " +
            From(conditions, filter, longestSpanYears, events: true) + " GROUP BY 1 ORDER BY 1";
        return await conditions.YearsAsync(context, sql, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One page of the matching event ids in time order (<paramref name="sort"/>; relevance without text is time order).</summary>
    public static async Task<List<string>> PageAsync(
        TimelineDbContext context, EventFilter filter, int? longestSpanYears, EventSort sort, int skip, int take, CancellationToken cancellationToken)
    {
        var (sql, conditions) = PageSql(filter, longestSpanYears, sort);
        await using var command = conditions.Command(context, sql);
        command.Parameters.AddWithValue("$skip", skip);
        command.Parameters.AddWithValue("$take", take);
        return await FilteredHits.ReadIdsAsync(command, take, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The SQL of <see cref="PageAsync"/> and its parameters besides $skip and $take (the plan tests read its plan).</summary>
    public static (string Sql, FilterConditions Conditions) PageSql(EventFilter filter, int? longestSpanYears, EventSort sort)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var conditions = new FilterConditions();
        var order = sort == EventSort.ReverseChronological ? "ORDER BY e.StartDate DESC, e.EndDate DESC, e.Id DESC" : "ORDER BY e.StartDate, e.EndDate, e.Id";
        var sql = conditions.SourceEvents(filter) + "SELECT e.Id " + From(conditions, filter, longestSpanYears, events: true) + " " + order + " LIMIT $take OFFSET $skip";
        return (sql, conditions);
    }

    /// <summary>FROM and WHERE: the source's events, the other memberships probed on the id before the event row is read.</summary>
    private static string From(FilterConditions conditions, EventFilter filter, int? longestSpanYears, bool events) =>
        "FROM src" + (events ? " CROSS JOIN Events AS e ON e.Id = src.Id" : "") + " WHERE 1" +
        conditions.Memberships(filter, "src.Id", sources: false) + (events ? conditions.Spans(filter, longestSpanYears, "e") : "");
}
