using JapanRussia.Core.Queries;
using JapanRussia.Core.Tests.Search;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Tests.Queries;

/// <summary>
/// The plans of free text with other filters, read with EXPLAIN QUERY PLAN: the index of the text drives, each topic,
/// person and place is a probe of its index per hit, a source a list built once, and events are looked up by id, never
/// scanned, whatever the filters; an event's dates are read from the (Id, StartDate, EndDate, EraId) index. The SQLite these plans were measured with is pinned (SQLitePCLRaw.bundle_e_sqlite3 in
/// Directory.Packages.props); see docs/performance.md.
/// </summary>
public sealed class FilteredHitsPlanTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    /// <summary>Filters that went wrong when the planner chose (topic, era and topic), and the rest of the grid's filters.</summary>
    public static TheoryData<string, EventSort> Shapes() => QueryPlan.Shapes(Enum.GetValues<EventSort>());

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task TheTextIndexDrivesEachOtherFilterIsProbedAndEventsAreLookedUpById(string filters, EventSort sort)
    {
        var (sql, conditions) = FilteredHits.PageSql(QueryPlan.Filter(filters), "\"kunashiri\" OR \"kunashir\"", longestSpanYears: 10, sort);

        var plan = await QueryPlan.ReadAsync(database, sql, conditions.Parameters);

        var scanIndex = plan.FindIndex(line => line.StartsWith("SCAN SearchIndex VIRTUAL TABLE", StringComparison.Ordinal));
        Assert.True(scanIndex >= 0, string.Join('\n', plan));
        Assert.StartsWith("SEARCH m USING INTEGER PRIMARY KEY (rowid=?)", plan[scanIndex + 1], StringComparison.Ordinal);
        QueryPlan.AssertProbesAndLists(filters, plan);
        Assert.Contains(plan, line => line.StartsWith(QueryPlan.EventById, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheBundledSqliteIsTheVersionThePlansWereMeasuredWith()
    {
        await using var context = await database.Factory.CreateDbContextAsync();
        var version = await context.Database.SqlQuery<string>($"SELECT sqlite_version() AS Value").SingleAsync();

        // A new SQLite may plan differently: re-run the benchmark grid (docs/performance.md) before changing this.
        Assert.Equal("3.53.3", version);
    }
}

/// <summary>Reading and checking query plans (shared by the plan tests of <see cref="FilteredHits"/> and <see cref="SqliteTimelineWalk"/>).</summary>
internal static partial class QueryPlan
{
    /// <summary>An event's dates and era looked up by its id in their own small index (AddEventDatesIndex), not in the event's row.</summary>
    public const string EventById = "SEARCH e USING COVERING INDEX IX_Events_Id_StartDate_EndDate_EraId (Id=?";

    public static TheoryData<string, EventSort> Shapes(IEnumerable<EventSort> sorts)
    {
        var shapes = new TheoryData<string, EventSort>();
        foreach (var filter in new[] { "topic", "era+topic", "topic+topic+topic", "source", "person+place", "from+to", "era+era+from", "era+topic+source+person+place+from+to" })
        {
            foreach (var sort in sorts)
            {
                shapes.Add(filter, sort);
            }
        }

        return shapes;
    }

    public static EventFilter Filter(string filters)
    {
        var names = filters.Split('+');
        return new EventFilter
        {
            Eras = new[] { "world-war-ii", "cold-war" }.Take(names.Count(n => n == "era")).ToList(),
            Topics = new[] { "territory", "treaties-and-agreements", "fisheries-and-maritime" }.Take(names.Count(n => n == "topic")).ToList(),
            Sources = names.Contains("source") ? ["a.md", "b.md"] : [],
            People = names.Contains("person") ? ["Vladimir Putin", "Shinzo Abe"] : [],
            Places = names.Contains("place") ? ["Moscow"] : [],
            From = names.Contains("from") ? 1945 : null,
            To = names.Contains("to") ? 1991 : null,
            Text = "Kunashiri",
        };
    }

    /// <summary>
    /// One correlated probe of the (TopicId, EventId) index for the topics (an event in any of them) and of the (Kind,
    /// Name, EventId) index for the people and for the places; the sources' three nested lists (documents, passages,
    /// sources); no table scanned whole.
    /// </summary>
    public static void AssertProbesAndLists(string filters, List<string> plan)
    {
        var names = filters.Split('+');
        var text = string.Join('\n', plan);
        Assert.True((names.Contains("topic") ? 1 : 0) == plan.Count(line => TopicProbe().IsMatch(line)), text);
        Assert.True(names.Count(n => n is "person" or "place") == plan.Count(line => EntityProbe().IsMatch(line)), text);
        Assert.True((names.Contains("source") ? 3 : 0) == plan.Count(line => line.StartsWith("LIST SUBQUERY", StringComparison.Ordinal) &&
            !plan[plan.IndexOf(line) + 1].StartsWith("SCAN SearchIndex", StringComparison.Ordinal)), text);
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN ", StringComparison.Ordinal) &&
            !line.StartsWith("SCAN SearchIndex VIRTUAL TABLE", StringComparison.Ordinal) && !line.Contains("INDEX", StringComparison.Ordinal) &&
            line != "SCAN CONSTANT ROW" && line != "SCAN src" && !line.StartsWith("SCAN h", StringComparison.Ordinal) && !line.StartsWith("SCAN hits", StringComparison.Ordinal) && !line.StartsWith("SCAN edge", StringComparison.Ordinal));
    }

    /// <summary>A lookup of one (event, topic) pair, by either index that holds both.</summary>
    [GeneratedRegex(@"^SEARCH t (EXISTS )?USING COVERING INDEX (IX_EventTopics_TopicId_EventId \(TopicId=\? AND EventId=\?\)|sqlite_autoindex_EventTopics_1 \(EventId=\? AND TopicId=\?\))$")]
    private static partial Regex TopicProbe();

    /// <summary>A lookup of one (event, kind, name), by either index that holds all three.</summary>
    [GeneratedRegex(@"^SEARCH x (EXISTS )?USING COVERING INDEX (IX_EventEntities_Kind_Name_EventId \(Kind=\? AND Name=\? AND EventId=\?\)|sqlite_autoindex_EventEntities_1 \(EventId=\? AND Kind=\? AND Name=\?\))$")]
    private static partial Regex EntityProbe();

    public static async Task<List<string>> ReadAsync(SeededDatabase database, string sql, IEnumerable<SqliteParameter> parameters)
    {
        await using var context = await database.Factory.CreateDbContextAsync();
        await context.Database.OpenConnectionAsync();
        await using var command = (SqliteCommand)context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        command.Parameters.AddWithValue("$skip", 50);
        command.Parameters.AddWithValue("$take", 50);
        command.Parameters.AddRange(parameters);
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }
}
