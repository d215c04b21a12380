using JapanRussia.Core.Data;
using Microsoft.Data.Sqlite;

namespace JapanRussia.Benchmarks.Grid;

/// <summary>Chooses the <see cref="GridValues"/> for a database from what it holds.</summary>
public static class GridValueChoice
{
    /// <summary>The most common source document, person and place; the first three topics by size; words that the corpora share.</summary>
    public static async Task<GridValues> ReadAsync(string database)
    {
        await using var connection = new SqliteConnection(TimelineDatabase.ConnectionString(database, readOnly: true));
        await connection.OpenAsync();
        async Task<List<string>> Column(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var values = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                values.Add(reader.GetString(0));
            }

            return values;
        }

        var topics = await Column("SELECT TopicId FROM EventTopics GROUP BY TopicId ORDER BY count(*) DESC LIMIT 3");
        var source = await Column(
            "SELECT d.FileName FROM Documents AS d JOIN Passages AS p ON p.DocumentId = d.Id JOIN EventSources AS s ON s.PassageId = p.Id GROUP BY d.Id ORDER BY count(*) DESC LIMIT 1");
        var person = await Column("SELECT Name FROM EventEntities WHERE Kind = 'Person' GROUP BY Name ORDER BY count(*) DESC LIMIT 1");
        var place = await Column("SELECT Name FROM EventEntities WHERE Kind = 'Place' GROUP BY Name ORDER BY count(*) DESC LIMIT 1");
        return new GridValues(
            "world-war-ii",
            topics,
            source.FirstOrDefault() ?? "none.md",
            person.FirstOrDefault() ?? "Vladimir Putin",
            place.FirstOrDefault() ?? "Moscow",
            1945,
            1991,
            new Dictionary<GridText, string>
            {
                [GridText.Word] = "Moscow",
                [GridText.Phrase] = "\"trade delegation\"",
                [GridText.Prefix] = "vlad*",
                [GridText.Variant] = "Kunashiri",
            });
    }
}
