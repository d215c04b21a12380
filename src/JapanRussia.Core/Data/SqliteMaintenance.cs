using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Data;

/// <summary>SQLite's <see cref="IStoreMaintenance"/>: the file's migrations and checks (<see cref="TimelineDatabase"/>), PRAGMAs.</summary>
internal sealed class SqliteMaintenance : IStoreMaintenance
{
    public static readonly SqliteMaintenance Instance = new();

    /// <summary>
    /// Statistics for the query planner: without them SQLite guesses how selective an era, a topic or a year is, and
    /// may pick the wrong index for a filter. The limit bounds the cost on a large store.
    /// </summary>
    private const string RefreshPlannerStatistics = "PRAGMA analysis_limit=1000; PRAGMA optimize=0x10002;";

    /// <summary>
    /// 16 MB of page cache per connection, where SQLite's default is 2 MB: a page of 200 events reads more than 2 MB of
    /// pages. The process-wide <see cref="Queries.SqliteMemory"/> limit bounds all connections' caches together.
    /// </summary>
    private const string PageCacheSql = "PRAGMA cache_size = -16384;";

    private SqliteMaintenance()
    {
    }

    public Task MigrateAsync(TimelineDbContext context, CancellationToken cancellationToken) => TimelineDatabase.MigrateFileAsync(context, cancellationToken);

    public Task VerifyCurrentAsync(TimelineDbContext context, CancellationToken cancellationToken) => TimelineDatabase.VerifyFileAsync(context, cancellationToken);

    public Task AnalyzeAsync(TimelineDbContext context, CancellationToken cancellationToken) =>
        context.Database.ExecuteSqlRawAsync(RefreshPlannerStatistics, cancellationToken);

    /// <summary>A larger page cache for the ingestion transaction (<see cref="Ingestion.IngestionPageCache"/>).</summary>
    public async Task<IAsyncDisposable> PrepareWriteAsync(TimelineDbContext context, CancellationToken cancellationToken) =>
        await Ingestion.IngestionPageCache.EnlargeAsync(context, cancellationToken).ConfigureAwait(false);

    public async Task PrepareReadAsync(TimelineDbContext context, CancellationToken cancellationToken)
    {
        await using var pragma = context.Database.GetDbConnection().CreateCommand();
        pragma.CommandText = PageCacheSql;
        await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
