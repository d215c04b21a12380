using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SQLitePCL;

namespace JapanRussia.Core.Data;

/// <summary>Opens the SQLite file: connection string, WAL, and migrations (a PostgreSQL store goes to <see cref="PostgresDatabase"/>).</summary>
public static class TimelineDatabase
{
    /// <summary>How long a statement waits for another connection's lock (an ingestion beside the server) before failing.</summary>
    private const int BusyTimeoutSeconds = 30;

    /// <summary>SQLITE_IOERR_CORRUPTFS (SQLite 3.37), which SQLitePCL does not name: what the Unix VFS reports for EIO on a read.</summary>
    private const int SqliteIoErrorCorruptFs = 8458;

    /// <summary>
    /// A connection string for a database file. Pooling is off unless asked for, so that a closed context releases
    /// the file (tests delete theirs; a user may move theirs). A long-running server pools, because opening a
    /// connection reads the schema again, which costs more than a small query; it releases the pool with
    /// <see cref="ReleasePool"/> when it stops.
    /// </summary>
    /// <param name="snapshot">
    /// Reads the file as immutable: no lock, no <c>-shm</c> or <c>-wal</c> file. For a file that cannot be written
    /// (a read-only folder, a full disk), where SQLite cannot open a write-ahead-logged database otherwise; nothing
    /// may change the file meanwhile.
    /// </param>
    public static string ConnectionString(string databasePath, bool readOnly = false, bool pooling = false, bool snapshot = false) => new SqliteConnectionStringBuilder
    {
        DataSource = snapshot ? SnapshotUri(databasePath) : Path.GetFullPath(databasePath),
        Mode = readOnly || snapshot ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
        Pooling = pooling,
        DefaultTimeout = BusyTimeoutSeconds,
    }.ToString();

    /// <summary>A SQLite URI filename: each path segment percent-encoded, so that '?', '#' and '%' in a name stay in the name.</summary>
    private static string SnapshotUri(string databasePath) =>
        "file:" + string.Join('/', Path.GetFullPath(databasePath).Split('/').Select(Uri.EscapeDataString)) + "?immutable=1";

    public static DbContextOptions<TimelineDbContext> Options(string databasePath) =>
        Configure(new DbContextOptionsBuilder<TimelineDbContext>(), databasePath).Options;

    public static DbContextOptionsBuilder<TimelineDbContext> Configure(DbContextOptionsBuilder<TimelineDbContext> builder, string databasePath)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseSqlite(ConnectionString(databasePath));
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string databasePath, bool pooling = false, bool snapshot = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseSqlite(ConnectionString(databasePath, pooling: pooling, snapshot: snapshot));
    }

    /// <summary>Closes the idle pooled connections to the file (those still in use close when returned), so that it can be deleted or moved.</summary>
    public static void ReleasePool(string databasePath, bool snapshot = false)
    {
        using var connection = new SqliteConnection(ConnectionString(databasePath, pooling: true, snapshot: snapshot));
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>
    /// Creates the folder and file if missing, applies pending migrations, checks the schema, and switches the file to
    /// WAL so readers never block on ingestion. A file that is already current is only read, so a read-only copy or a
    /// full disk serves as it is.
    /// </summary>
    /// <exception cref="SchemaMismatchException">The file is another application's, a newer version's, or altered by hand.</exception>
    public static async Task MigrateAsync(TimelineDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Database.IsNpgsql())
        {
            await PostgresDatabase.MigrateAsync(context, cancellationToken).ConfigureAwait(false);
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(context.Database.GetDbConnection().DataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await OpenUnpooledAsync(context, cancellationToken).ConfigureAwait(false);
        var known = context.Database.GetMigrations().ToList();
        if ((await SchemaHistory.PendingAsync(connection, known, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            await SchemaMigrator.ApplyAsync(connection, context.GetService<IMigrator>(), known, cancellationToken).ConfigureAwait(false);
        }

        await SchemaShape.VerifyAsync(connection, context.Model, cancellationToken).ConfigureAwait(false);
        await UseWriteAheadLogAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads only: refuses a file that is not a current timeline database with a sentence saying why.</summary>
    /// <exception cref="SchemaMismatchException">The file lacks migrations, is another application's or a newer version's, or was altered.</exception>
    public static async Task VerifyCurrentAsync(TimelineDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Database.IsNpgsql())
        {
            await PostgresDatabase.VerifyCurrentAsync(context, cancellationToken).ConfigureAwait(false);
            return;
        }

        await using var connection = await OpenUnpooledAsync(context, cancellationToken).ConfigureAwait(false);
        if ((await SchemaHistory.PendingAsync(connection, context.Database.GetMigrations().ToList(), cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            throw new SchemaMismatchException("it is empty or an older timeline database; run 'ingest' on it first.");
        }

        await SchemaShape.VerifyAsync(connection, context.Model, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Its own connection, so that the pragmas set for migrating never reach a pooled one.</summary>
    private static async Task<SqliteConnection> OpenUnpooledAsync(TimelineDbContext context, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(context.Database.GetConnectionString()) { Pooling = false }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task UseWriteAheadLogAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        if (!string.Equals(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string, "wal", StringComparison.OrdinalIgnoreCase))
        {
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>True for the failures a person can fix (a bad path, a read-only or full disk, a corrupt file), as opposed to bugs.</summary>
    public static bool IsStorageFailure(Exception exception) =>
        exception is SqliteException or Npgsql.NpgsqlException or SchemaMismatchException or IOException or UnauthorizedAccessException or DbUpdateException ||
        exception.InnerException is { } inner && IsStorageFailure(inner);

    /// <summary>A one-line reason for a storage failure, in words a person can act on (never a stack trace).</summary>
    public static string DescribeFailure(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            SqliteException { SqliteErrorCode: raw.SQLITE_NOTADB } => "the file is not a SQLite database (or is corrupt).",
            // SQLite also reports a page it could not read while loading the schema as corrupt.
            SqliteException { SqliteErrorCode: raw.SQLITE_CORRUPT } => "the database file is corrupt, or the disk failed while reading it.",
            SqliteException { SqliteErrorCode: raw.SQLITE_READONLY } => "the database file is read-only.",
            SqliteException { SqliteErrorCode: raw.SQLITE_FULL } => "the disk is full.",
            SqliteException { SqliteErrorCode: raw.SQLITE_CANTOPEN } => "the database file cannot be opened (check that its folder exists and is writable).",
            SqliteException { SqliteErrorCode: raw.SQLITE_IOERR, SqliteExtendedErrorCode: raw.SQLITE_IOERR_READ or raw.SQLITE_IOERR_SHORT_READ or SqliteIoErrorCorruptFs } => "the disk failed while reading the database file (an I/O error).",
            SqliteException { SqliteErrorCode: raw.SQLITE_IOERR } => "a disk I/O error occurred (is the disk full or read-only?).",
            SqliteException { SqliteErrorCode: raw.SQLITE_BUSY } => "the database is locked by another process.",
            UnauthorizedAccessException => "permission denied: " + exception.Message,
            SchemaMismatchException => exception.Message,
            Npgsql.PostgresException postgres => "PostgreSQL refused: " + postgres.MessageText,
            Npgsql.NpgsqlException => "cannot reach PostgreSQL: " + exception.Message,
            DbUpdateException { InnerException: { } inner } => DescribeFailure(inner),
            { InnerException: SqliteException or Npgsql.NpgsqlException } => DescribeFailure(exception.InnerException),
            _ => exception.Message,
        };
    }
}
