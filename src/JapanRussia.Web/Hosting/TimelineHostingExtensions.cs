using JapanRussia.Core.Data;
using JapanRussia.Core.Ingestion;
using JapanRussia.Core.Queries;
using System.Runtime.ExceptionServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Web.Hosting;

public static class TimelineHostingExtensions
{
    /// <summary>The store (one context per operation) and the ingestion pipeline.</summary>
    /// <remarks>Paths are resolved when first needed, so configuration added by a test host is honoured.</remarks>
    public static IServiceCollection AddTimelineStore(this IServiceCollection services)
    {
        services.AddSingleton(provider => TimelinePaths.Resolve(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton<ConnectionPool>();
        services.AddDbContextFactory<TimelineDbContext>((provider, options) =>
        {
            var pool = provider.GetRequiredService<ConnectionPool>();
            TimelineDatabase.Configure(options, pool.DatabasePath, pool.Enabled, pool.Snapshot).AddInterceptors(ReadBudgetInterceptor.Instance);
        });
        ChooseProvider(services);
        services.AddSingleton<IngestionPipeline>();
        services.AddSingleton<TimelineReader>();
        services.AddSingleton<RequestDataVersion>();
        return services;
    }

    /// <summary>
    /// SQLite's factory as EF registers it, unless the database setting names PostgreSQL: then contexts of the
    /// PostgreSQL type (its own migrations), with the app's logging. Decided when the store is first used.
    /// </summary>
    private static void ChooseProvider(IServiceCollection services)
    {
        var sqlite = services.Last(d => d.ServiceType == typeof(IDbContextFactory<TimelineDbContext>));
        services.Remove(sqlite);
        services.AddSingleton<IDbContextFactory<TimelineDbContext>>(provider =>
        {
            var store = provider.GetRequiredService<TimelinePaths>().Store;
            var logging = provider.GetRequiredService<ILoggerFactory>();
            return store.IsPostgreSql
                ? new TimelineContextFactory(store, configure: options => options.UseLoggerFactory(logging))
                : (IDbContextFactory<TimelineDbContext>)ActivatorUtilities.CreateInstance(provider, sqlite.ImplementationType!);
        });
    }

    /// <summary>
    /// Brings the database up to date with the documents folder before the first request: creates the file, applies
    /// migrations and ingests. Unchanged documents cost a hash each, so this is cheap on every start after the first.
    /// </summary>
    /// <returns>False when the database or the documents folder cannot be used; the reason has been logged.</returns>
    public static async Task<bool> TryIngestOnStartupAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var paths = app.Services.GetRequiredService<TimelinePaths>();
        try
        {
            await IngestOnStartupAsync(app).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or DocumentFolderException)
        {
            StartupLog.SeedsMissing(app.Logger, paths.SeedsPath, ex.Message);
            return false;
        }
        catch (Exception ex) when (TimelineDatabase.IsStorageFailure(ex))
        {
            var reason = TimelineDatabase.DescribeFailure(ex);
            StartupLog.DatabaseUnusable(app.Logger, paths.DatabaseDisplay, reason);
            return false;
        }
    }

    private static async Task IngestOnStartupAsync(WebApplication app)
    {
        if (!app.Configuration.GetValue("Timeline:IngestOnStartup", true))
        {
            await ServeAsStoredAsync(app).ConfigureAwait(false);
            return;
        }

        var paths = app.Services.GetRequiredService<TimelinePaths>();
        StartupLog.Paths(app.Logger, paths.DatabaseDisplay, paths.SeedsPath);
        await app.Services.GetRequiredService<IngestionPipeline>().IngestAsync(paths.SeedsPath).ConfigureAwait(false);
    }

    /// <summary>
    /// Without ingestion the file is only read when it is current (a read-only copy, a full disk). When SQLite cannot
    /// open it at all, because a write-ahead-logged file needs its <c>-shm</c> file created or grown, a current file
    /// is served as an immutable snapshot. Decided before the store's first context, whose options are made once.
    /// </summary>
    private static async Task ServeAsStoredAsync(WebApplication app)
    {
        if (app.Services.GetRequiredService<TimelinePaths>().Store.IsPostgreSql)
        {
            // A shared server: this node only needs the schema current (migrating takes PostgreSQL's migration lock).
            await using var shared = await app.Services.GetRequiredService<IDbContextFactory<TimelineDbContext>>().CreateDbContextAsync().ConfigureAwait(false);
            await TimelineDatabase.MigrateAsync(shared).ConfigureAwait(false);
            return;
        }

        var pool = app.Services.GetRequiredService<ConnectionPool>();
        SqliteException unwritable;
        try
        {
            await using var context = new TimelineDbContext(TimelineDatabase.Options(pool.DatabasePath));
            await TimelineDatabase.MigrateAsync(context).ConfigureAwait(false);
            return;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteReadOnly or SqliteIoError or SqliteFull or SqliteCannotOpen)
        {
            unwritable = ex;
        }

        try
        {
            await using var snapshot = new TimelineDbContext(new DbContextOptionsBuilder<TimelineDbContext>()
                .UseSqlite(TimelineDatabase.ConnectionString(pool.DatabasePath, snapshot: true)).Options);
            await TimelineDatabase.VerifyCurrentAsync(snapshot).ConfigureAwait(false);
        }
        catch (SqliteException)
        {
            ExceptionDispatchInfo.Throw(unwritable);
        }

        pool.ServeSnapshot();
        StartupLog.ServingSnapshot(app.Logger, pool.DatabasePath, TimelineDatabase.DescribeFailure(unwritable));
    }

    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCannotOpen = 14;
}

/// <summary>
/// Whether the store's connections are pooled (<c>Timeline:ConnectionPooling</c>, on unless set to false), and the
/// release of the pool when the app stops (and again when its services are disposed, for connections returned
/// late), so that the file is free once the app has stopped; and whether the file is served as an immutable snapshot.
/// </summary>
internal sealed class ConnectionPool : IDisposable
{
    private readonly CancellationTokenRegistration _stopped;

    public ConnectionPool(TimelinePaths paths, IConfiguration configuration, IHostApplicationLifetime lifetime)
    {
        DatabasePath = paths.DatabasePath;
        Enabled = configuration.GetValue("Timeline:ConnectionPooling", true);
        SqliteMemory.Limit(configuration.GetValue("Timeline:SqliteMemoryMegabytes", SqliteMemory.DefaultMegabytes));
        _stopped = lifetime.ApplicationStopped.Register(Release);
    }

    public string DatabasePath { get; }

    public bool Enabled { get; }

    /// <summary>True once startup found the file readable only as an immutable snapshot.</summary>
    public bool Snapshot { get; private set; }

    public void ServeSnapshot() => Snapshot = true;

    public void Dispose()
    {
        _stopped.Dispose();
        Release();
    }

    private void Release()
    {
        if (Enabled && !StoreLocation.Parse(DatabasePath).IsPostgreSql)
        {
            TimelineDatabase.ReleasePool(DatabasePath, Snapshot);
        }
    }
}

internal static partial class StartupLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Database {DatabasePath}; documents {SeedsPath}")]
    public static partial void Paths(ILogger logger, string databasePath, string seedsPath);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Cannot use the database {DatabasePath}: {Reason}")]
    public static partial void DatabaseUnusable(ILogger logger, string databasePath, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Serving the database {DatabasePath} read-only, as an unchanging snapshot: {Reason}")]
    public static partial void ServingSnapshot(ILogger logger, string databasePath, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Cannot read the documents folder {SeedsPath}: {Reason}")]
    public static partial void SeedsMissing(ILogger logger, string seedsPath, string reason);
}
