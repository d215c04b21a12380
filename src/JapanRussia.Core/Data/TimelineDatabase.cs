using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Data;

/// <summary>Opens the SQLite file: connection string, WAL, and migrations.</summary>
public static class TimelineDatabase
{
    /// <summary>
    /// A connection string for a database file. Pooling is off unless asked for, so that a closed context releases
    /// the file (tests delete theirs; a user may move theirs). A long-running server pools, because opening a
    /// connection reads the schema again, which costs more than a small query; it releases the pool with
    /// <see cref="ReleasePool"/> when it stops.
    /// </summary>
    public static string ConnectionString(string databasePath, bool readOnly = false, bool pooling = false) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(databasePath),
        Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
        Pooling = pooling,
        DefaultTimeout = 30,
    }.ToString();

    public static DbContextOptions<TimelineDbContext> Options(string databasePath) =>
        Configure(new DbContextOptionsBuilder<TimelineDbContext>(), databasePath).Options;

    public static DbContextOptionsBuilder<TimelineDbContext> Configure(DbContextOptionsBuilder<TimelineDbContext> builder, string databasePath)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseSqlite(ConnectionString(databasePath));
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string databasePath, bool pooling = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseSqlite(ConnectionString(databasePath, pooling: pooling));
    }

    /// <summary>Closes the idle pooled connections to the file (those still in use close when returned), so that it can be deleted or moved.</summary>
    public static void ReleasePool(string databasePath)
    {
        using var connection = new SqliteConnection(ConnectionString(databasePath, pooling: true));
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>Creates the folder and file if missing, applies migrations, and switches the file to WAL so readers never block on ingestion.</summary>
    public static async Task MigrateAsync(TimelineDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Database.GetDbConnection().DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>SQLITE_IOERR_READ, _SHORT_READ and _CORRUPTFS (what the Unix VFS reports for EIO on a read).</summary>
    private const int ReadError = 266;
    private const int ShortRead = 522;
    private const int ReadFailedInFileSystem = 8458;

    /// <summary>True for the failures a person can fix (a bad path, a read-only or full disk, a corrupt file), as opposed to bugs.</summary>
    public static bool IsStorageFailure(Exception exception) =>
        exception is SqliteException or IOException or UnauthorizedAccessException or DbUpdateException ||
        exception.InnerException is { } inner && IsStorageFailure(inner);

    /// <summary>A one-line reason for a storage failure, in words a person can act on (never a stack trace).</summary>
    public static string DescribeFailure(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            SqliteException { SqliteErrorCode: 26 } => "the file is not a SQLite database (or is corrupt).",
            // SQLite also reports a page it could not read while loading the schema as corrupt.
            SqliteException { SqliteErrorCode: 11 } => "the database file is corrupt, or the disk failed while reading it.",
            SqliteException { SqliteErrorCode: 8 } => "the database file is read-only.",
            SqliteException { SqliteErrorCode: 13 } => "the disk is full.",
            SqliteException { SqliteErrorCode: 14 } => "the database file cannot be opened (check that its folder exists and is writable).",
            SqliteException { SqliteErrorCode: 10, SqliteExtendedErrorCode: ReadError or ShortRead or ReadFailedInFileSystem } => "the disk failed while reading the database file (an I/O error).",
            SqliteException { SqliteErrorCode: 10 } => "a disk I/O error occurred (is the disk full or read-only?).",
            SqliteException { SqliteErrorCode: 5 } => "the database is locked by another process.",
            UnauthorizedAccessException => "permission denied: " + exception.Message,
            DbUpdateException { InnerException: { } inner } => DescribeFailure(inner),
            { InnerException: SqliteException inner } => DescribeFailure(inner),
            _ => exception.Message,
        };
    }
}
