using JapanRussia.Core.Queries;
using JapanRussia.Core.Tests.Search;

namespace JapanRussia.Core.Tests.Queries;

/// <summary>
/// The plans of a filter with a source and no free text, read with EXPLAIN QUERY PLAN: the source's events are listed
/// once from the document's name down (documents, passages, sources) and drive; each event is looked up by id and each
/// other filter is a probe of its index; no table or other index is scanned (before, three topics were listed whole:
/// 55 ms at 100,000 events).
/// </summary>
public sealed class SqliteSourceEventsPlanTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    public static TheoryData<string, EventSort> Shapes()
    {
        var shapes = new TheoryData<string, EventSort>();
        foreach (var filter in new[] { "source", "topic+topic+topic+source", "era+source", "source+from+to", "topic+topic+topic+source+place+from+to", "era+topic+source+person+place+from+to" })
        {
            foreach (var sort in new[] { EventSort.Chronological, EventSort.ReverseChronological })
            {
                shapes.Add(filter, sort);
            }
        }

        return shapes;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task TheSourcesEventsDriveAndEachOtherFilterIsProbed(string filters, EventSort sort)
    {
        var (sql, conditions) = SqliteSourceEvents.PageSql(QueryPlan.Filter(filters), longestSpanYears: 10, sort);

        var plan = await QueryPlan.ReadAsync(database, sql, conditions.Parameters);

        var text = string.Join('\n', plan);
        Assert.True(plan.IndexOf("MATERIALIZE src") == 0, text);
        Assert.Contains("SEARCH d USING COVERING INDEX IX_Documents_FileName (FileName=?)", plan);
        Assert.Contains("SEARCH p USING COVERING INDEX IX_Passages_DocumentId_Ordinal (DocumentId=?)", plan);
        Assert.Contains("SEARCH s USING COVERING INDEX IX_EventSources_PassageId_EventId (PassageId=?)", plan);
        var scan = plan.IndexOf("SCAN src");
        Assert.True(scan > 0, text);
        Assert.True(plan.FindIndex(line => line.StartsWith(QueryPlan.EventById, StringComparison.Ordinal)) > scan, text);
        QueryPlan.AssertProbesAndLists(filters.Replace("+source", "", StringComparison.Ordinal).Replace("source", "", StringComparison.Ordinal), plan);
        Assert.DoesNotContain(plan, line => line.StartsWith("LIST SUBQUERY", StringComparison.Ordinal));
    }
}
