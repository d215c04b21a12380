using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace JapanRussia.Core.Ingestion;

/// <summary>
/// Inserts rows into one table through a statement prepared once on the connection's own SQLite handle, binding
/// values by position. Microsoft.Data.Sqlite binds each parameter by looking its name up in the statement (a scan of
/// its names) and opens a reader per execution; over the few hundred thousand rows of a large ingestion that costs far
/// more than SQLite's own work, and a multi-row statement makes the name scans longer still (docs/performance.md,
/// session 6). The statement runs in the transaction open on the connection.
/// </summary>
internal sealed class SqliteRowInserter : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private readonly int _columnCount;

    public SqliteRowInserter(SqliteConnection connection, string table, string columns, int columnCount)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _database = connection.Handle ?? throw new InvalidOperationException("The connection must be open.");
        _columnCount = columnCount;
        var placeholders = string.Join(", ", Enumerable.Repeat("?", columnCount));
        var rc = raw.sqlite3_prepare_v2(_database, $"INSERT INTO {table} ({columns}) VALUES ({placeholders})", out _statement);
        SqliteException.ThrowExceptionForRC(rc, _database);
    }

    /// <summary>Inserts one row; returns its rowid (the id of a table with an integer key).</summary>
    public long Insert(object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != _columnCount)
        {
            throw new ArgumentException($"Expected {_columnCount} values, got {values.Length}.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            var rc = values[i] switch
            {
                null => raw.sqlite3_bind_null(_statement, i + 1),
                string text => raw.sqlite3_bind_text(_statement, i + 1, text),
                int number => raw.sqlite3_bind_int64(_statement, i + 1, number),
                long number => raw.sqlite3_bind_int64(_statement, i + 1, number),
                bool flag => raw.sqlite3_bind_int64(_statement, i + 1, flag ? 1 : 0),
                DateOnly date => raw.sqlite3_bind_text(_statement, i + 1, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                var other => throw new ArgumentException($"Column {i} holds a {other.GetType().Name}, which the bulk writer does not store.", nameof(values)),
            };
            SqliteException.ThrowExceptionForRC(rc, _database);
        }

        var step = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (step != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(step, _database);
        }

        return raw.sqlite3_last_insert_rowid(_database);
    }

    public void Dispose() => _statement.Dispose();
}
