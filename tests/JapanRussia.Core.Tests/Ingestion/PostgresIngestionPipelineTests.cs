using JapanRussia.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Tests.Ingestion;

/// <summary>The shared ingestion tests on a PostgreSQL database, and what only PostgreSQL does.</summary>
public sealed class PostgresIngestionPipelineTests() : IngestionPipelineTests(StoreProvider.PostgreSql)
{
    [Fact]
    public async Task IngestingLeavesPlannerStatisticsForTheEventColumns()
    {
        Store.CopySeeds();
        await Store.IngestAsync();

        await using var context = Store.CreateDbContext();
        var analysed = await context.Database.SqlQuery<string>($"SELECT attname::text AS \"Value\" FROM pg_stats WHERE tablename = 'Events'").ToListAsync();
        Assert.Contains("StartDate", analysed);
        Assert.Contains("EraId", analysed);
    }
}
