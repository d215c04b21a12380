using JapanRussia.Core.Data;

namespace JapanRussia.Core.Queries;

/// <summary>
/// A page in time order found by walking the timeline index (SQLite: <c>INDEXED BY</c>, so the plan cannot change) from
/// one end and testing each event against the filter until the page is full: for a filter whose matches are dense
/// among the events walked, the page is reached after a few hundred index entries, where starting from the matches
/// reads and sorts every one of them. Each test is a probe per event (<see cref="FilterConditions"/>); the free text is
/// a probe of the event's index row against the text's hits, whose row numbers are listed once.
/// <see cref="MatchingEvents"/> decides from the counts when a walk is short.
/// </summary>
internal static class SqliteTimelineWalk
{
    /// <summary>The ids of one page of <paramref name="filter"/>'s events (free text as <paramref name="match"/>) in <paramref name="sort"/>.</summary>
    public static async Task<List<string>> PageAsync(
        TimelineDbContext context, EventFilter filter, string? match, int? longestSpanYears, EventSort sort, int skip, int take, CancellationToken cancellationToken)
    {
        var (sql, conditions) = PageSql(filter, match, longestSpanYears, sort);
        await using var command = conditions.Command(context, sql);
        command.Parameters.AddWithValue("$skip", skip);
        command.Parameters.AddWithValue("$take", take);
        return await FilteredHits.ReadIdsAsync(command, take, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The SQL of <see cref="PageAsync"/> (the plan tests read its plan). One era walks that era's part of the
    /// (EraId, StartDate, EndDate, Id) index; otherwise the (StartDate, EndDate, Id) index, from the first year's bound
    /// when there is one. Relevance has no time order to walk in, and is read as date order.
    /// </summary>
    public static (string Sql, FilterConditions Conditions) PageSql(EventFilter filter, string? match, int? longestSpanYears, EventSort sort)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var conditions = new FilterConditions();
        var eras = filter.Eras.Distinct(StringComparer.Ordinal).ToList();
        var oneEra = eras.Count == 1;
        var sql = oneEra
            ? "SELECT e.Id FROM Events AS e INDEXED BY IX_Events_EraId_StartDate_EndDate_Id WHERE e.EraId = " + conditions.Parameter(eras[0])
            : "SELECT e.Id FROM Events AS e INDEXED BY IX_Events_StartDate_EndDate_Id WHERE 1";
        sql += conditions.Spans(filter, longestSpanYears, "e", eras: !oneEra);
        if (match is not null)
        {
            // First: the text is usually the rarest condition, so most steps end at this probe.
            sql += " AND EXISTS (SELECT 1 FROM SearchRows AS m WHERE m.EventId = e.Id AND m.Row IN (SELECT rowid FROM SearchIndex WHERE SearchIndex MATCH " +
                conditions.Parameter(match) + "))";
        }

        sql += conditions.Memberships(filter, "e.Id");

        var direction = sort == EventSort.ReverseChronological ? " DESC" : "";
        return (sql + $" ORDER BY e.StartDate{direction}, e.EndDate{direction}, e.Id{direction} LIMIT $take OFFSET $skip", conditions);
    }
}
