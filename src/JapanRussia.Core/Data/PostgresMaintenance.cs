using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Data;

/// <summary>PostgreSQL's <see cref="IStoreMaintenance"/>: EF's migrations under its lock (<see cref="PostgresDatabase"/>), VACUUM (ANALYZE).</summary>
internal sealed class PostgresMaintenance : IStoreMaintenance
{
    public static readonly PostgresMaintenance Instance = new();

    private PostgresMaintenance()
    {
    }

    public Task MigrateAsync(TimelineDbContext context, CancellationToken cancellationToken) => PostgresDatabase.MigrateAsync(context, cancellationToken);

    public Task VerifyCurrentAsync(TimelineDbContext context, CancellationToken cancellationToken) => PostgresDatabase.VerifyCurrentAsync(context, cancellationToken);

    /// <summary>
    /// VACUUM as well as ANALYZE: it marks the freshly written pages all-visible, so that counting an era's events reads
    /// only the index (532 ms → 53 ms for a third of 100,000 events at load 75; docs/performance.md, session 6).
    /// Runs after ingestion's transaction has committed (VACUUM cannot run inside one).
    /// </summary>
    public Task AnalyzeAsync(TimelineDbContext context, CancellationToken cancellationToken) => context.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE)", cancellationToken);

    /// <summary>Nothing: the server's memory settings are the server's (shared_buffers, work_mem).</summary>
    public Task PrepareReadAsync(TimelineDbContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Nothing to set up: the server sizes its own buffers for writing.</summary>
    public Task<IAsyncDisposable> PrepareWriteAsync(TimelineDbContext context, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(NothingToRestore.Instance);

    private sealed class NothingToRestore : IAsyncDisposable
    {
        public static readonly NothingToRestore Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
