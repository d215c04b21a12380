using JapanRussia.Core.Queries;
using JapanRussia.Core.Tests.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Tests.Queries;

/// <summary>
/// The plans of free text with other filters, read with EXPLAIN QUERY PLAN: the index of the text drives, each other
/// filter is a list built once, and events are looked up by id, whatever the filters. The SQLite these plans were
/// measured with is pinned (SQLitePCLRaw.bundle_e_sqlite3 in Directory.Packages.props); see docs/performance.md.
/// </summary>
public sealed class FilteredHitsPlanTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    /// <summary>Filters that went wrong when the planner chose (topic, era and topic), and the rest of the grid's filters.</summary>
    public static TheoryData<string, EventSort> Shapes()
    {
        var shapes = new TheoryData<string, EventSort>();
        foreach (var filter in new[] { "topic", "era+topic", "topic+topic+topic", "source", "person+place", "from+to", "era+topic+source+person+place+from+to" })
        {
            foreach (var sort in Enum.GetValues<EventSort>())
            {
                shapes.Add(filter, sort);
            }
        }

        return shapes;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task TheTextIndexDrivesEachOtherFilterIsAListAndEventsAreLookedUpById(string filters, EventSort sort)
    {
        var (conditions, parameters) = FilteredHits.Conditions(Filter(filters), longestSpanYears: 10);

        var plan = await PlanAsync(FilteredHits.PageSql(conditions, sort), parameters);

        var scanIndex = plan.FindIndex(line => line.StartsWith("SCAN SearchIndex VIRTUAL TABLE", StringComparison.Ordinal));
        Assert.True(scanIndex >= 0, string.Join('\n', plan));
        Assert.StartsWith("SEARCH m USING INTEGER PRIMARY KEY (rowid=?)", plan[scanIndex + 1], StringComparison.Ordinal);
        Assert.Equal(ExpectedLists(filters), plan.Count(line => line.StartsWith("LIST SUBQUERY", StringComparison.Ordinal)));
        Assert.DoesNotContain(plan, line => line.Contains("CORRELATED", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line is "SCAN e" or "SCAN Events" || line.StartsWith("SCAN Events ", StringComparison.Ordinal) && !line.Contains("COVERING", StringComparison.Ordinal));
        Assert.Contains(plan, line => line.StartsWith("SEARCH e USING INDEX sqlite_autoindex_Events_1 (Id=?)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheBundledSqliteIsTheVersionThePlansWereMeasuredWith()
    {
        await using var context = await database.Factory.CreateDbContextAsync();
        var version = await context.Database.SqlQuery<string>($"SELECT sqlite_version() AS Value").SingleAsync();

        // A new SQLite may plan differently: re-run the benchmark grid (docs/performance.md) before changing this.
        Assert.Equal("3.53.3", version);
    }

    /// <summary>
    /// One list for the topics (an event in any of them), one each for people and places; one for eras and years together;
    /// three nested for the sources (documents, passages, sources).
    /// </summary>
    private static int ExpectedLists(string filters)
    {
        var names = filters.Split('+');
        return names.Distinct().Count(n => n is "topic" or "person" or "place") + (names.Any(n => n is "era" or "from" or "to") ? 1 : 0) +
            (names.Contains("source") ? 3 : 0);
    }

    private static EventFilter Filter(string filters)
    {
        var names = filters.Split('+');
        return new EventFilter
        {
            Eras = names.Contains("era") ? ["cold-war", "world-war-ii"] : [],
            Topics = new[] { "territory", "treaties-and-agreements", "fisheries-and-maritime" }.Take(names.Count(n => n == "topic")).ToList(),
            Sources = names.Contains("source") ? ["a.md", "b.md"] : [],
            People = names.Contains("person") ? ["Vladimir Putin", "Shinzo Abe"] : [],
            Places = names.Contains("place") ? ["Moscow"] : [],
            From = names.Contains("from") ? 1945 : null,
            To = names.Contains("to") ? 1991 : null,
            Text = "Kunashiri",
        };
    }

    private async Task<List<string>> PlanAsync(string sql, IEnumerable<SqliteParameter> parameters)
    {
        await using var context = await database.Factory.CreateDbContextAsync();
        await context.Database.OpenConnectionAsync();
        await using var command = (SqliteCommand)context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        command.Parameters.AddWithValue("$match", "\"kunashiri\" OR \"kunashir\"");
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
