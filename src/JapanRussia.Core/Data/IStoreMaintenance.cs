namespace JapanRussia.Core.Data;

/// <summary>What keeps a store current and its connections set up, per provider (see <see cref="StoreSeams"/>).</summary>
internal interface IStoreMaintenance
{
    /// <summary>Creates the store if missing, applies pending migrations, and checks that it is this application's.</summary>
    Task MigrateAsync(TimelineDbContext context, CancellationToken cancellationToken);

    /// <summary>Reads only: refuses a store that is not a current timeline store.</summary>
    Task VerifyCurrentAsync(TimelineDbContext context, CancellationToken cancellationToken);

    /// <summary>Refreshes the planner's statistics after ingestion changed the store.</summary>
    Task AnalyzeAsync(TimelineDbContext context, CancellationToken cancellationToken);

    /// <summary>Sets up the open connection of a read session.</summary>
    Task PrepareReadAsync(TimelineDbContext context, CancellationToken cancellationToken);

    /// <summary>Sets up the connection for the one ingestion transaction; disposing the result restores it.</summary>
    Task<IAsyncDisposable> PrepareWriteAsync(TimelineDbContext context, CancellationToken cancellationToken);
}
