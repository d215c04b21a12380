using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JapanRussia.Core.Data;

/// <summary>
/// Applies the pending migrations in one write transaction (<c>BEGIN IMMEDIATE</c>) instead of EF's lock row. SQLite's
/// own file lock is the mutex: a second migrator waits for it (bounded by the busy timeout), and the operating system
/// releases it when its owner dies, so a kill -9 or an I/O error leaves the previous schema and nothing to clear.
/// </summary>
internal static class SchemaMigrator
{
    public static async Task ApplyAsync(SqliteConnection connection, IMigrator migrator, IReadOnlyList<string> known, CancellationToken cancellationToken)
    {
        // A table rebuild must not cascade deletes; EF turns foreign keys off for it too, which a transaction ignores.
        await ExecuteAsync(connection, null, "PRAGMA foreign_keys = OFF;", cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: false);

        // Read again under the write lock: another process may have migrated while this one waited.
        var pending = await SchemaHistory.PendingAsync(connection, known, cancellationToken).ConfigureAwait(false);
        for (var index = 0; index < known.Count; index++)
        {
            if (pending.Contains(known[index]))
            {
                var script = migrator.GenerateScript(index == 0 ? null : known[index - 1], known[index], MigrationsSqlGenerationOptions.NoTransactions);
                await ExecuteAsync(connection, transaction, script, cancellationToken).ConfigureAwait(false);
            }
        }

        await ExecuteAsync(connection, transaction, "DROP TABLE IF EXISTS \"__EFMigrationsLock\";", cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
