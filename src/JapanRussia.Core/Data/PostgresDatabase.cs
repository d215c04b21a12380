using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JapanRussia.Core.Data;

/// <summary>Opens a PostgreSQL store: options, migrations (created database included) and the check that it is current.</summary>
public static class PostgresDatabase
{
    public static DbContextOptions<PostgresTimelineDbContext> Options(string connectionString) =>
        Configure(new DbContextOptionsBuilder<PostgresTimelineDbContext>(), connectionString).Options;

    /// <summary>
    /// Npgsql's options for the store. Statements are prepared automatically unless the connection string says
    /// otherwise: a page runs the same few statements on every request, and planning them each time cost more than
    /// running them (docs/performance.md, PostgreSQL). Statements run as long as they need unless the connection string
    /// gives a <c>Command Timeout</c>, as on SQLite: a request's reads are bounded by its read budget, and ingestion's
    /// set-wide statements (indexing 100,000 events) take minutes on a busy server, past Npgsql's 30 s default.
    /// </summary>
    public static DbContextOptionsBuilder<PostgresTimelineDbContext> Configure(DbContextOptionsBuilder<PostgresTimelineDbContext> builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connection = new NpgsqlConnectionStringBuilder(connectionString);

        // Npgsql's own builder says it contains every keyword it knows: ask the plain one which were given.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            connection.MaxAutoPrepare = AutoPrepared;
        }

        if (!given.ContainsKey("Command Timeout") && !given.ContainsKey("CommandTimeout"))
        {
            connection.CommandTimeout = 0;
        }

        return builder.UseNpgsql(connection.ConnectionString);
    }

    private const int AutoPrepared = 64;

    /// <summary>
    /// Creates the database if missing and applies pending migrations. EF takes PostgreSQL's migration lock, so nodes
    /// starting together migrate once; a database written by a newer version is refused.
    /// </summary>
    /// <exception cref="SchemaMismatchException">The database has migrations this version does not know.</exception>
    public static async Task MigrateAsync(TimelineDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await context.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false))
        {
            await RefuseUnknownAsync(context, cancellationToken).ConfigureAwait(false);
        }

        await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads only: refuses a database that lacks migrations or has unknown ones, with a sentence saying why.</summary>
    /// <exception cref="SchemaMismatchException">The database is not a current timeline store.</exception>
    public static async Task VerifyCurrentAsync(TimelineDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        await RefuseUnknownAsync(context, cancellationToken).ConfigureAwait(false);
        if ((await context.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Any())
        {
            throw new SchemaMismatchException("it is empty or an older timeline database; run 'ingest' on it first.");
        }
    }

    /// <summary>The server and database of a connection string, never its password (for logs and messages).</summary>
    public static string Describe(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
        }
        catch (ArgumentException)
        {
            return "PostgreSQL (a connection string that cannot be read)";
        }
    }

    private static async Task RefuseUnknownAsync(TimelineDbContext context, CancellationToken cancellationToken)
    {
        var known = context.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var applied = (await context.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        var unknown = applied.Where(id => !known.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            throw new SchemaMismatchException(
                $"it was written by a newer or different version of this application (its migration {unknown[^1]} is unknown to this one); " +
                "run that version, or use another database.");
        }
    }
}
