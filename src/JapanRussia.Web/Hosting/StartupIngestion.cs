using System.Runtime.ExceptionServices;
using JapanRussia.Core.Data;
using JapanRussia.Core.Ingestion;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace JapanRussia.Web.Hosting;

/// <summary>Startup: the database brought up to date with the documents folder, or served as it is.</summary>
public static class StartupIngestion
{
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
        catch (SqliteException ex) when (ex.SqliteErrorCode is raw.SQLITE_READONLY or raw.SQLITE_IOERR or raw.SQLITE_FULL or raw.SQLITE_CANTOPEN)
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
}
