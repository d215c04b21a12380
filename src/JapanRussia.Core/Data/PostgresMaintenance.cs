using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Data;

/// <summary>PostgreSQL's <see cref="IStoreMaintenance"/>: EF's migrations under its lock (<see cref="PostgresDatabase"/>), ANALYZE.</summary>
internal sealed class PostgresMaintenance : IStoreMaintenance
{
    public static readonly PostgresMaintenance Instance = new();

    private PostgresMaintenance()
    {
    }

    public Task MigrateAsync(TimelineDbContext context, CancellationToken cancellationToken) => PostgresDatabase.MigrateAsync(context, cancellationToken);

    public Task VerifyCurrentAsync(TimelineDbContext context, CancellationToken cancellationToken) => PostgresDatabase.VerifyCurrentAsync(context, cancellationToken);

    public Task AnalyzeAsync(TimelineDbContext context, CancellationToken cancellationToken) => context.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);

    /// <summary>Nothing: the server's memory settings are the server's (shared_buffers, work_mem).</summary>
    public Task PrepareReadAsync(TimelineDbContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
