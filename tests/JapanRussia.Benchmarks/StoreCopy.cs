using System.Globalization;
using JapanRussia.Core.Data;
using JapanRussia.Core.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JapanRussia.Benchmarks;

/// <summary>
/// Copies a SQLite store into a new PostgreSQL database, table by table (binary COPY), so that both providers are
/// measured on the same rows; then builds PostgreSQL's search index and statistics.
/// </summary>
public static class StoreCopy
{
    public static async Task ToPostgresAsync(string sqlitePath, string postgres)
    {
        await using (var target = new TimelineContextFactory(StoreLocation.Parse(postgres)).CreateDbContext())
        {
            await TimelineDatabase.MigrateAsync(target);
        }

        await using var source = new SqliteConnection(TimelineDatabase.ConnectionString(sqlitePath, readOnly: true));
        await source.OpenAsync();
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        await using (var model = new TimelineDbContext(TimelineDatabase.Options(sqlitePath)))
        {
            // Referenced tables first: the foreign keys are checked row by row.
            foreach (var table in (string[])["Eras", "Topics", "Documents", "Passages", "Events", "EventSources", "EventTopics", "EventEntities", "IngestionState"])
            {
                var columns = model.Model.GetRelationalModel().Tables.Single(t => t.Name == table).Columns.ToList();
                await CopyTableAsync(source, connection, table, columns.Select(c => (c.Name, c.ProviderClrType)).ToList());
            }
        }

        await using var context = new TimelineContextFactory(StoreLocation.Parse(postgres)).CreateDbContext();
        await SearchIndex.RebuildAsync(context);
        await context.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE)");
    }

    private static async Task CopyTableAsync(SqliteConnection source, NpgsqlConnection target, string table, List<(string Name, Type Type)> columns)
    {
        var names = string.Join(", ", columns.Select(c => "\"" + c.Name + "\""));
        await using var read = source.CreateCommand();
        read.CommandText = $"SELECT {names} FROM \"{table}\"";
        await using var reader = await read.ExecuteReaderAsync();
        await using var importer = await target.BeginBinaryImportAsync($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)");
        while (await reader.ReadAsync())
        {
            await importer.StartRowAsync();
            for (var i = 0; i < columns.Count; i++)
            {
                await WriteAsync(importer, reader, i, columns[i].Type);
            }
        }

        await importer.CompleteAsync();
    }

    private static Task WriteAsync(NpgsqlBinaryImporter importer, SqliteDataReader reader, int ordinal, Type type)
    {
        if (reader.IsDBNull(ordinal))
        {
            return importer.WriteNullAsync();
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying switch
        {
            _ when underlying == typeof(int) => importer.WriteAsync(reader.GetInt32(ordinal)),
            _ when underlying == typeof(long) => importer.WriteAsync(reader.GetInt64(ordinal)),
            _ when underlying == typeof(DateOnly) => importer.WriteAsync(DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture)),
            _ when underlying == typeof(DateTimeOffset) => importer.WriteAsync(reader.GetFieldValue<DateTimeOffset>(ordinal).ToUniversalTime()),
            _ => importer.WriteAsync(reader.GetString(ordinal), NpgsqlTypes.NpgsqlDbType.Text),
        };
    }
}
