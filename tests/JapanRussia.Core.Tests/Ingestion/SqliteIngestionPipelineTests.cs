using JapanRussia.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Tests.Ingestion;

/// <summary>The shared ingestion tests on a SQLite file, and what only SQLite does.</summary>
public sealed class SqliteIngestionPipelineTests() : IngestionPipelineTests(StoreProvider.Sqlite)
{
    [Fact]
    public async Task IngestingLeavesPlannerStatisticsForTheEventIndexes()
    {
        Store.CopySeeds();
        await Store.IngestAsync();

        await using var context = Store.CreateDbContext();
        var analysed = await context.Database.SqlQuery<string>($"SELECT DISTINCT idx AS Value FROM sqlite_stat1 WHERE tbl = 'Events'").ToListAsync();
        Assert.Contains("IX_Events_EraId_StartDate_EndDate_Id", analysed);
        Assert.Contains("IX_Events_StartDate_EndDate_Id", analysed);
    }
}
