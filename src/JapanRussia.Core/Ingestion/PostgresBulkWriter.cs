using JapanRussia.Core.Data;
using JapanRussia.Core.Documents;
using JapanRussia.Core.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace JapanRussia.Core.Ingestion;

/// <summary>
/// The PostgreSQL bulk writer. A document and its passages are inserted at once (their ids are needed next); events
/// and their sources, topics and entities are held and written by binary COPY on <see cref="FlushAsync"/>, where a
/// prepared insert per row would cost a network round trip each.
/// </summary>
internal sealed class PostgresBulkWriter : IBulkWriter
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly List<object?[]> _events = [];
    private readonly List<object?[]> _sources = [];
    private readonly List<object?[]> _topics = [];
    private readonly List<object?[]> _entities = [];

    public PostgresBulkWriter(TimelineDbContext context)
    {
        _connection = (NpgsqlConnection)context.Database.GetDbConnection();
        _transaction = (NpgsqlTransaction?)context.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk writes must run inside a transaction.");
    }

    public Dictionary<int, int> InsertDocument(SourceDocument document, IReadOnlyList<PassageSpan> passages, DateTimeOffset ingestedAt)
    {
        using var insertDocument = new NpgsqlCommand(
            "INSERT INTO \"Documents\" (\"FileName\", \"Title\", \"SourceUrl\", \"PublishedOn\", \"Text\", \"ContentHash\", \"IngestedAt\", \"Publisher\") " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING \"Id\"", _connection, _transaction);
        foreach (var value in (object?[])[document.FileName, document.Title, document.SourceUrl?.ToString(), document.PublishedOn, document.Text, document.ContentHash, ingestedAt.ToUniversalTime(), document.Publisher])
        {
            insertDocument.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        var documentId = (int)insertDocument.ExecuteScalar()!;

        // All passages in one statement: unnest pairs the arrays up row by row.
        using var insertPassages = new NpgsqlCommand(
            "INSERT INTO \"Passages\" (\"DocumentId\", \"Ordinal\", \"Kind\", \"Start\", \"End\", \"Text\") " +
            "SELECT $1, * FROM unnest($2::integer[], $3::text[], $4::integer[], $5::integer[], $6::text[]) RETURNING \"Ordinal\", \"Id\"", _connection, _transaction);
        foreach (var value in (object[])[documentId, passages.Select(p => p.Ordinal).ToArray(), passages.Select(p => p.Kind.ToString()).ToArray(),
            passages.Select(p => p.Start).ToArray(), passages.Select(p => p.End).ToArray(), passages.Select(p => p.Text).ToArray()])
        {
            insertPassages.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        var ids = new Dictionary<int, int>(passages.Count);
        using var reader = insertPassages.ExecuteReader();
        while (reader.Read())
        {
            ids[reader.GetInt32(0)] = reader.GetInt32(1);
        }

        return ids;
    }

    public void InsertEvent(TimelineEvent timelineEvent, string fingerprint, Func<string, int, int> passageId)
    {
        _events.Add(BulkRows.Event(timelineEvent, fingerprint));
        _sources.AddRange(BulkRows.Sources(timelineEvent, passageId));
        _topics.AddRange(BulkRows.Topics(timelineEvent));
        _entities.AddRange(BulkRows.Entities(timelineEvent));
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        // Events first: the other tables' rows refer to them.
        await CopyAsync("Events", BulkRows.EventColumns, _events, cancellationToken).ConfigureAwait(false);
        await CopyAsync("EventSources", BulkRows.SourceColumns, _sources, cancellationToken).ConfigureAwait(false);
        await CopyAsync("EventTopics", BulkRows.TopicColumns, _topics, cancellationToken).ConfigureAwait(false);
        await CopyAsync("EventEntities", BulkRows.EntityColumns, _entities, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task CopyAsync(string table, string columns, List<object?[]> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var importer = await _connection.BeginBinaryImportAsync($"COPY \"{table}\" ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        await using (importer.ConfigureAwait(false))
        {
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                foreach (var value in row)
                {
                    await WriteAsync(importer, value, cancellationToken).ConfigureAwait(false);
                }
            }

            await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        rows.Clear();
    }

    private static Task WriteAsync(NpgsqlBinaryImporter importer, object? value, CancellationToken cancellationToken) => value switch
    {
        null => importer.WriteNullAsync(cancellationToken),
        string text => importer.WriteAsync(text, NpgsqlTypes.NpgsqlDbType.Text, cancellationToken),
        int number => importer.WriteAsync(number, NpgsqlTypes.NpgsqlDbType.Integer, cancellationToken),
        DateOnly date => importer.WriteAsync(date, NpgsqlTypes.NpgsqlDbType.Date, cancellationToken),
        _ => throw new InvalidOperationException($"No COPY mapping for {value.GetType().Name}."),
    };
}
