using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace JapanRussia.Core.Ingestion;

/// <summary>
/// Inserts rows into one table many at a time: a prepared multi-row INSERT for each number of rows it meets (at most
/// <see cref="RowsPerStatement"/>), reused across calls. A statement per row costs SQLite little but Microsoft.Data.Sqlite
/// a reader, a reset and a round of bindings each; a hundred thousand events are a few hundred thousand rows.
/// </summary>
internal sealed class SqliteRowBatch(SqliteConnection connection, SqliteTransaction transaction, string table, string columns, int columnCount, string? returning = null)
    : IDisposable
{
    /// <summary>Few enough that the widest table's statement stays far below SQLite's 32,766 variables.</summary>
    public const int RowsPerStatement = 64;

    private readonly Dictionary<int, SqliteCommand> _commands = [];

    /// <summary>Inserts <paramref name="rows"/> in order; with a RETURNING clause, gives back each returned row's first two columns.</summary>
    public List<(long First, long Second)> Insert(IReadOnlyList<object?[]> rows)
    {
        var returned = new List<(long, long)>(returning is null ? 0 : rows.Count);
        for (var offset = 0; offset < rows.Count; offset += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, rows.Count - offset);
            var command = CommandFor(count);
            for (var row = 0; row < count; row++)
            {
                var values = rows[offset + row];
                for (var column = 0; column < columnCount; column++)
                {
                    command.Parameters[(row * columnCount) + column].Value = Storable(values[column]);
                }
            }

            if (returning is null)
            {
                command.ExecuteNonQuery();
                continue;
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                returned.Add((reader.GetInt64(0), reader.GetInt64(1)));
            }
        }

        return returned;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }

    /// <summary>Values in the formats EF Core's SQLite provider reads back (a date as yyyy-MM-dd).</summary>
    internal static object Storable(object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        var other => other,
    };

    private SqliteCommand CommandFor(int rows)
    {
        if (_commands.TryGetValue(rows, out var cached))
        {
            return cached;
        }

        var sql = new StringBuilder().Append(CultureInfo.InvariantCulture, $"INSERT INTO {table} ({columns}) VALUES ");
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columnCount; column++)
            {
                var name = "$p" + ((row * columnCount) + column).ToString(CultureInfo.InvariantCulture);
                sql.Append(column == 0 ? name : ", " + name);
                command.Parameters.Add(new SqliteParameter(name, null));
            }

            sql.Append(')');
        }

        if (returning is not null)
        {
            sql.Append(" RETURNING ").Append(returning);
        }

        command.CommandText = sql.ToString();
        command.Prepare();
        _commands[rows] = command;
        return command;
    }
}
