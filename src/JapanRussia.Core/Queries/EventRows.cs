using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using JapanRussia.Core.Data;
using JapanRussia.Core.Dates;
using JapanRussia.Core.Events;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Queries;

/// <summary>
/// Reads <see cref="EventRow"/>s by id in one query: each event's sources, topics and entities come along as JSON arrays
/// (<c>json_group_array</c>), rather than as one query per collection. Documents are named from a small map read once
/// per ingestion version, because a document's title is stored after its full text and reading it walks the whole text.
/// </summary>
internal static class EventRows
{
    private const int Chunk = 1000;

    private const string Sql =
        "SELECT e.Id, e.StartDate, e.EndDate, e.Precision, e.Qualifier, e.Label, e.Title, e.EraId, e.Disagreement, " +
        "(SELECT json_group_array(json_array(p.DocumentId, p.Ordinal, s.Start, s.\"End\", s.Excerpt, " +
        "s.StartDate, s.EndDate, s.Precision, s.Qualifier, s.Label, s.DateProvenance, s.DatePhrase, s.DateAnchor, s.DateAnchorDate)) " +
        "FROM EventSources AS s INNER JOIN Passages AS p ON p.Id = s.PassageId WHERE s.EventId = e.Id) AS Sources, " +
        "(SELECT json_group_array(t.TopicId) FROM EventTopics AS t WHERE t.EventId = e.Id) AS Topics, " +
        "(SELECT json_group_array(json_array(x.Kind, x.Name)) FROM EventEntities AS x WHERE x.EventId = e.Id) AS Entities, " +
        "e.DateProvenance, e.DateNote " +
        "FROM Events AS e WHERE e.Id IN (SELECT value FROM json_each($ids))";

    /// <summary>The same rows from PostgreSQL, the JSON arrays in the order SQLite's indexes give them, as UTF-8 bytes.</summary>
    private const string PostgresSql =
        "SELECT e.\"Id\", e.\"StartDate\", e.\"EndDate\", e.\"Precision\", e.\"Qualifier\", e.\"Label\", e.\"Title\", e.\"EraId\", e.\"Disagreement\", " +
        "convert_to(coalesce((SELECT json_agg(json_build_array(p.\"DocumentId\", p.\"Ordinal\", s.\"Start\", s.\"End\", s.\"Excerpt\", " +
        "s.\"StartDate\", s.\"EndDate\", s.\"Precision\", s.\"Qualifier\", s.\"Label\", s.\"DateProvenance\", s.\"DatePhrase\", s.\"DateAnchor\", s.\"DateAnchorDate\") ORDER BY s.\"Id\") " +
        "FROM \"EventSources\" AS s INNER JOIN \"Passages\" AS p ON p.\"Id\" = s.\"PassageId\" WHERE s.\"EventId\" = e.\"Id\"), '[]')::text, 'UTF8'), " +
        "convert_to(coalesce((SELECT json_agg(t.\"TopicId\" ORDER BY t.\"TopicId\") FROM \"EventTopics\" AS t WHERE t.\"EventId\" = e.\"Id\"), '[]')::text, 'UTF8'), " +
        "convert_to(coalesce((SELECT json_agg(json_build_array(x.\"Kind\", x.\"Name\") ORDER BY x.\"Kind\", x.\"Name\") FROM \"EventEntities\" AS x WHERE x.\"EventId\" = e.\"Id\"), '[]')::text, 'UTF8'), " +
        "e.\"DateProvenance\", e.\"DateNote\" " +
        "FROM \"Events\" AS e WHERE e.\"Id\" = ANY($1)";

    /// <summary>The events with these ids that exist, in the order given, in chunks: one query per chunk, not per event.</summary>
    public static async Task<List<EventRow>> ReadAsync(ReadSession session, List<string> ids, CancellationToken cancellationToken)
    {
        var documents = await session.CachedAsync(ReadKey.Of("documents"), () => DocumentNamesAsync(session.Context, cancellationToken)).ConfigureAwait(false);
        var rows = new Dictionary<string, EventRow>(ids.Count, StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(Chunk))
        {
            foreach (var (id, row) in await LoadAsync(session.Context, chunk, documents, cancellationToken).ConfigureAwait(false))
            {
                rows[id] = row;
            }
        }

        return ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
    }

    /// <summary>The events with these ids that exist, by id.</summary>
    private static async Task<Dictionary<string, EventRow>> LoadAsync(
        TimelineDbContext context, string[] ids, IReadOnlyDictionary<int, DocumentName> documents, CancellationToken cancellationToken)
    {
        if (ids.Length == 0)
        {
            return new Dictionary<string, EventRow>(StringComparer.Ordinal);
        }

        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Null when a document was written since the map was read: the map is of an older version than the rows.
            var rows = await QueryAsync(context, ids, documents, cancellationToken).ConfigureAwait(false);
            while (rows is null)
            {
                documents = await DocumentNamesAsync(context, cancellationToken).ConfigureAwait(false);
                rows = await QueryAsync(context, ids, documents, cancellationToken).ConfigureAwait(false);
            }

            return rows;
        }
        finally
        {
            await context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Every document's file name and title by id: a few hundred short strings at most.</summary>
    private static async Task<IReadOnlyDictionary<int, DocumentName>> DocumentNamesAsync(TimelineDbContext context, CancellationToken cancellationToken) =>
        await context.Documents.AsNoTracking()
            .ToDictionaryAsync(d => d.Id, d => new DocumentName(d.FileName, d.Title, d.Publisher, d.PublishedOn), cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The rows by id, or null when a source's document is not in <paramref name="documents"/>. A plain reader rather than
    /// SqlQueryRaw: EF's materialiser, and a UTF-16 copy of each JSON column to parse, cost more than the query itself.
    /// </summary>
    private static async Task<Dictionary<string, EventRow>?> QueryAsync(
        TimelineDbContext context, string[] ids, IReadOnlyDictionary<int, DocumentName> documents, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, EventRow>(ids.Length, StringComparer.Ordinal);
        await using var command = context.Database.GetDbConnection().CreateCommand();
        if (command is SqliteCommand sqlite)
        {
            sqlite.CommandText = Sql;
            sqlite.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
        }
        else
        {
            command.CommandText = PostgresSql;
            command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = ids.ToArray() });
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (Read(reader, documents) is not { } row)
            {
                return null;
            }

            rows[row.Id] = row;
        }

        return rows;
    }

    /// <summary>The row at the reader, or null when a source's document is not in <paramref name="documents"/>.</summary>
    private static EventRow? Read(DbDataReader reader, IReadOnlyDictionary<int, DocumentName> documents)
    {
        var sources = new List<EventSourceRow>();
        var json = new JsonArrayReader(reader.GetFieldValue<byte[]>(9));
        while (json.Next())
        {
            if (!documents.TryGetValue(json.NextInt32(), out var document))
            {
                return null;
            }

            sources.Add(new EventSourceRow(document.FileName, document.Title, json.NextInt32(), json.NextInt32(), json.NextInt32(), json.NextString())
            {
                Date = new HistoricalDate(
                    ParseDate(json.NextString()), ParseDate(json.NextString()), StoredNames<DatePrecision>.Parse(json.NextString()),
                    StoredNames<DateQualifier>.Parse(json.NextString()), json.NextString()),
                Provenance = new DateProvenance(
                    StoredNames<DateProvenanceKind>.Parse(json.NextString()), json.NextStringOrNull(),
                    StoredNames<DateAnchorKind>.Parse(json.NextString()), json.NextStringOrNull()),
                DocumentPublisher = document.Publisher,
                DocumentPublishedOn = document.PublishedOn,
            });
            json.End();
        }

        var entities = new List<EventEntityRow>();
        json = new JsonArrayReader(reader.GetFieldValue<byte[]>(11));
        while (json.Next())
        {
            entities.Add(new EventEntityRow(StoredNames<EntityKind>.Parse(json.NextString()), json.NextString()));
            json.End();
        }

        return new EventRow(
            reader.GetString(0),
            Date(reader, 1),
            Date(reader, 2),
            StoredNames<DatePrecision>.Parse(reader.GetString(3)),
            StoredNames<DateQualifier>.Parse(reader.GetString(4)),
            reader.GetString(5),
            reader.GetString(6),
            reader.GetString(7),
            reader.IsDBNull(8) ? null : reader.GetString(8),
            sources,
            JsonArrayReader.Strings(reader.GetFieldValue<byte[]>(10)),
            entities)
        {
            DateProvenance = StoredNames<DateProvenanceKind>.Parse(reader.GetString(12)),
            DateNote = reader.IsDBNull(13) ? null : reader.GetString(13),
        };
    }

    /// <summary>EF stores a date as yyyy-MM-dd; parsing exactly that is several times cheaper than the reader's general parse.</summary>
    private static DateOnly Date(DbDataReader reader, int ordinal) =>
        reader is SqliteDataReader && DateOnly.TryParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : reader.GetFieldValue<DateOnly>(ordinal);

    private static DateOnly ParseDate(string stored) => DateOnly.ParseExact(stored, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Enums are stored by name (see <see cref="TimelineDbContext"/>): a lookup, where Enum.Parse would reflect on every call.</summary>
    private static class StoredNames<T>
        where T : struct, Enum
    {
        private static readonly Dictionary<string, T> Values = Enum.GetValues<T>().ToDictionary(v => v.ToString(), StringComparer.Ordinal);

        public static T Parse(string name) => Values.TryGetValue(name, out var value) ? value : Enum.Parse<T>(name);
    }
}
