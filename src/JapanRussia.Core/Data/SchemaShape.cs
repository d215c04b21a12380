using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace JapanRussia.Core.Data;

/// <summary>
/// Checks that every table and column the application reads is in the file, so that a schema changed outside the
/// application is refused with a sentence at start rather than answered with a SQLite error on every page.
/// </summary>
internal static class SchemaShape
{
    /// <summary>The tables written by hand-made migrations, outside the EF model (see Migrations/AddSearchIndex, AddSearchRows and AddSearchParagraphs).</summary>
    private static readonly (string Table, string[] Columns)[] UnmappedTables =
    [
        ("SearchIndex", ["EventId", "Title", "Excerpts", "Paragraphs"]),
        ("SearchRows", ["Row", "EventId"]),
    ];

    /// <exception cref="SchemaMismatchException">A table or a column is missing.</exception>
    public static async Task VerifyAsync(SqliteConnection connection, IModel model, CancellationToken cancellationToken)
    {
        var expected = model.GetRelationalModel().Tables
            .Select(table => (Table: table.Name, Columns: table.Columns.Select(c => c.Name).ToArray()))
            .Concat(UnmappedTables);
        foreach (var (table, columns) in expected)
        {
            var present = await ReadColumnsAsync(connection, table, cancellationToken).ConfigureAwait(false);
            if (present.Count == 0)
            {
                throw new SchemaMismatchException($"it does not have the schema this version expects: the table {table} is missing (was the file changed by another tool?).");
            }

            var missing = columns.FirstOrDefault(column => !present.Contains(column));
            if (missing is not null)
            {
                throw new SchemaMismatchException($"it does not have the schema this version expects: the table {table} has no column {missing} (was the file changed by another tool?).");
            }
        }
    }

    private static async Task<HashSet<string>> ReadColumnsAsync(SqliteConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info($table)";
        command.Parameters.AddWithValue("$table", table);
        return await command.ReadNamesAsync(StringComparer.OrdinalIgnoreCase, cancellationToken).ConfigureAwait(false);
    }
}
