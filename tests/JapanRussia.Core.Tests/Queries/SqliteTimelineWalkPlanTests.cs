using JapanRussia.Core.Queries;
using JapanRussia.Core.Tests.Search;

namespace JapanRussia.Core.Tests.Queries;

/// <summary>
/// The plans of a walk of the timeline index, read with EXPLAIN QUERY PLAN: the index is read in the page's order (no
/// sort), from one era's part of the era index when one era is asked for; each filter is a probe per event, the free
/// text a probe of the event's index row against the text's hits listed once.
/// </summary>
public sealed class SqliteTimelineWalkPlanTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    public static TheoryData<string, EventSort> Shapes() => QueryPlan.Shapes([EventSort.Chronological, EventSort.ReverseChronological]);

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task TheTimelineIndexIsWalkedInOrderAndEachFilterIsProbed(string filters, EventSort sort)
    {
        var filter = QueryPlan.Filter(filters);
        foreach (var match in new[] { "\"kunashiri\" OR \"kunashir\"", null })
        {
            var (sql, conditions) = SqliteTimelineWalk.PageSql(filter, match, longestSpanYears: 10, sort);

            var plan = await QueryPlan.ReadAsync(database, sql, conditions.Parameters);

            var text = string.Join('\n', plan);
            var index = filter.Eras.Count == 1 ? "IX_Events_EraId_StartDate_EndDate_Id" : "IX_Events_StartDate_EndDate_Id";
            Assert.Matches($"^(SCAN|SEARCH) e USING (COVERING )?INDEX {index}( \\(|$)", plan[0]);
            Assert.DoesNotContain(plan, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
            QueryPlan.AssertProbesAndLists(filters, plan);
            Assert.Equal(match is null ? 0 : 1, plan.Count(line => line.StartsWith("SEARCH m USING COVERING INDEX IX_SearchRows_EventId (EventId=?)", StringComparison.Ordinal)));
            Assert.Equal(match is null ? 0 : 1, plan.Count(line => line.StartsWith("SCAN SearchIndex VIRTUAL TABLE", StringComparison.Ordinal)));
        }
    }
}
