using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace JapanRussia.Core.Data;

/// <summary>
/// Reads which migrations a database file has had and says which of this version's it lacks, refusing a file whose
/// history or tables this version did not write (so that it never adds its tables to another application's file, nor
/// writes into a schema it does not know).
/// </summary>
internal static class SchemaHistory
{
    public const string HistoryTable = "__EFMigrationsHistory";

    /// <summary>EF's own migration lock, which this application no longer takes: a row left there by a run cut short means nothing.</summary>
    public const string LockTable = "__EFMigrationsLock";

    /// <returns>The migrations of <paramref name="known"/> (in order) that the file has not had.</returns>
    /// <exception cref="SchemaMismatchException">The file is another application's or a newer version's.</exception>
    public static async Task<IReadOnlyList<string>> PendingAsync(SqliteConnection connection, IReadOnlyList<string> known, CancellationToken cancellationToken)
    {
        var tables = await ReadTablesAsync(connection, cancellationToken).ConfigureAwait(false);
        var applied = tables.Contains(HistoryTable)
            ? await ReadAppliedAsync(connection, cancellationToken).ConfigureAwait(false)
            : [];
        if (applied.Count == 0)
        {
            var others = tables.Where(t => t is not HistoryTable and not LockTable).Order(StringComparer.Ordinal).ToList();
            return others.Count == 0 ? known : throw new SchemaMismatchException(
                $"it is not a timeline database: it already holds tables this application did not create ({string.Join(", ", others.Take(5))}).");
        }

        var unknown = applied.Where(id => !known.Contains(id, StringComparer.Ordinal)).ToList();
        if (unknown.Count == applied.Count)
        {
            throw new SchemaMismatchException($"it is not a timeline database: its migration history ({unknown[0]}, …) belongs to another application.");
        }

        if (unknown.Count > 0)
        {
            throw new SchemaMismatchException(
                $"it was written by a newer or different version of this application (its migration {unknown[^1]} is unknown to this one); " +
                "run that version, or use another database file.");
        }

        return known.Where(id => !applied.Contains(id)).ToList();
    }

    private static async Task<HashSet<string>> ReadTablesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite!_%' ESCAPE '!'";
        return await command.ReadNamesAsync(StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<HashSet<string>> ReadAppliedAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MigrationId FROM \"__EFMigrationsHistory\"";
        try
        {
            return await command.ReadNamesAsync(StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == raw.SQLITE_ERROR)
        {
            throw new SchemaMismatchException("its migration history table is not the one this application writes (was it changed by another tool?).", ex);
        }
    }
}
