using System.Globalization;
using JapanRussia.Core.Data;
using JapanRussia.Core.Documents;
using JapanRussia.Core.Events;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace JapanRussia.Core.Ingestion;

/// <summary>
/// Inserts documents, passages and events with prepared multi-row inserts inside the caller's transaction, because
/// EF's change tracker is too slow for a hundred thousand rows (docs/performance.md). Events and their sources, topics
/// and entities are held until <see cref="FlushAsync"/> and then written table by table, each event before the rows
/// that refer to it. Values are written in the formats EF Core's SQLite provider reads back (dates as yyyy-MM-dd,
/// enums by name).
/// </summary>
internal sealed class BulkWriter : IBulkWriter
{
    private readonly SqliteRowBatch _documents;
    private readonly SqliteRowBatch _passages;
    private readonly SqliteRowBatch _events;
    private readonly SqliteRowBatch _sources;
    private readonly SqliteRowBatch _topics;
    private readonly SqliteRowBatch _entities;
    private readonly List<object?[]> _eventRows = [];
    private readonly List<object?[]> _sourceRows = [];
    private readonly List<object?[]> _topicRows = [];
    private readonly List<object?[]> _entityRows = [];

    public BulkWriter(TimelineDbContext context)
    {
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        var transaction = (SqliteTransaction?)context.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk writes must run inside a transaction.");
        _documents = new SqliteRowBatch(connection, transaction, "Documents",
            "FileName, Title, SourceUrl, PublishedOn, Text, ContentHash, IngestedAt, Publisher", 8, returning: "Id, Id");
        _passages = new SqliteRowBatch(connection, transaction, "Passages", "DocumentId, Ordinal, Kind, Start, \"End\", Text", 6, returning: "Ordinal, Id");
        _events = new SqliteRowBatch(connection, transaction, "Events", BulkRows.EventColumns, 12);
        _sources = new SqliteRowBatch(connection, transaction, "EventSources", BulkRows.SourceColumns, 16);
        _topics = new SqliteRowBatch(connection, transaction, "EventTopics", BulkRows.TopicColumns, 3);
        _entities = new SqliteRowBatch(connection, transaction, "EventEntities", BulkRows.EntityColumns, 3);
    }

    public Dictionary<int, int> InsertDocument(SourceDocument document, IReadOnlyList<PassageSpan> passages, DateTimeOffset ingestedAt)
    {
        object?[] row =
        [
            document.FileName,
            document.Title,
            document.SourceUrl?.ToString(),
            document.PublishedOn,
            document.Text,
            document.ContentHash,
            ingestedAt.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
            document.Publisher,
        ];
        var documentId = _documents.Insert([row])[0].First;

        // RETURNING gives the passages' rows in no promised order, so each comes back with its ordinal.
        var passageRows = passages.Select(p => new object?[] { documentId, p.Ordinal, p.Kind.ToString(), p.Start, p.End, p.Text }).ToList();
        return _passages.Insert(passageRows).ToDictionary(r => (int)r.First, r => (int)r.Second);
    }

    public void InsertEvent(TimelineEvent timelineEvent, string fingerprint, Func<string, int, int> passageId)
    {
        _eventRows.Add(BulkRows.Event(timelineEvent, fingerprint));
        _sourceRows.AddRange(BulkRows.Sources(timelineEvent, passageId));
        _topicRows.AddRange(BulkRows.Topics(timelineEvent));
        _entityRows.AddRange(BulkRows.Entities(timelineEvent));
    }

    public Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var (batch, rows) in (ReadOnlySpan<(SqliteRowBatch, List<object?[]>)>)[(_events, _eventRows), (_sources, _sourceRows), (_topics, _topicRows), (_entities, _entityRows)])
        {
            cancellationToken.ThrowIfCancellationRequested();
            batch.Insert(rows);
            rows.Clear();
        }

        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        foreach (var batch in (ReadOnlySpan<SqliteRowBatch>)[_documents, _passages, _events, _sources, _topics, _entities])
        {
            batch.Dispose();
        }

        return ValueTask.CompletedTask;
    }
}
