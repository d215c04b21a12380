using JapanRussia.Core.Data;
using JapanRussia.Core.Ingestion;
using JapanRussia.Core.Queries;
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
            TimelineDatabase.Configure(options, pool.DatabasePath, pool.Enabled).AddInterceptors(ReadBudgetInterceptor.Instance);
        });
        services.AddSingleton<IngestionPipeline>();
        services.AddSingleton<EventSearch>();
        services.AddSingleton<DataVersionProbe>();
        return services;
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
        catch (DirectoryNotFoundException ex)
        {
            StartupLog.SeedsMissing(app.Logger, paths.SeedsPath, ex.Message);
            return false;
        }
        catch (Exception ex) when (TimelineDatabase.IsStorageFailure(ex))
        {
            var reason = TimelineDatabase.DescribeFailure(ex);
            StartupLog.DatabaseUnusable(app.Logger, paths.DatabasePath, reason);
            return false;
        }
    }

    private static async Task IngestOnStartupAsync(WebApplication app)
    {
        if (!app.Configuration.GetValue("Timeline:IngestOnStartup", true))
        {
            await using var context = await app.Services.GetRequiredService<IDbContextFactory<TimelineDbContext>>().CreateDbContextAsync().ConfigureAwait(false);
            await TimelineDatabase.MigrateAsync(context).ConfigureAwait(false);
            return;
        }

        var paths = app.Services.GetRequiredService<TimelinePaths>();
        StartupLog.Paths(app.Logger, paths.DatabasePath, paths.SeedsPath);
        await app.Services.GetRequiredService<IngestionPipeline>().IngestAsync(paths.SeedsPath).ConfigureAwait(false);
    }
}

/// <summary>
/// Whether the store's connections are pooled (<c>Timeline:ConnectionPooling</c>, on unless set to false), and the
/// release of the pool when the app stops (and again when its services are disposed, for connections returned
/// late), so that the file is free once the app has stopped.
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

    public void Dispose()
    {
        _stopped.Dispose();
        Release();
    }

    private void Release()
    {
        if (Enabled)
        {
            TimelineDatabase.ReleasePool(DatabasePath);
        }
    }
}

internal static partial class StartupLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Database {DatabasePath}; documents {SeedsPath}")]
    public static partial void Paths(ILogger logger, string databasePath, string seedsPath);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Cannot use the database {DatabasePath}: {Reason}")]
    public static partial void DatabaseUnusable(ILogger logger, string databasePath, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Cannot read the documents folder {SeedsPath}: {Reason}")]
    public static partial void SeedsMissing(ILogger logger, string seedsPath, string reason);
}
