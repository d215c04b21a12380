using System.Globalization;
using JapanRussia.Core.Data;
using JapanRussia.Core.Documents;
using JapanRussia.Core.Events;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Ingestion;

/// <summary>
/// Inserts documents, passages and events inside the caller's transaction with statements prepared once on SQLite's
/// own handle (<see cref="SqliteRowInserter"/>), because EF's change tracker, and even Microsoft.Data.Sqlite's commands,
/// are too slow for a hundred thousand events (docs/performance.md). Values are written in the formats EF Core's
/// SQLite provider reads back (dates as yyyy-MM-dd, enums by name).
/// </summary>
internal sealed class BulkWriter : IBulkWriter
{
    private readonly SqliteRowInserter _documents;
    private readonly SqliteRowInserter _passages;
    private readonly SqliteRowInserter _events;
    private readonly SqliteRowInserter _sources;
    private readonly SqliteRowInserter _topics;
    private readonly SqliteRowInserter _entities;

    public BulkWriter(TimelineDbContext context)
    {
        if (context.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Bulk writes must run inside a transaction.");
        }

        var connection = (SqliteConnection)context.Database.GetDbConnection();
        _documents = new SqliteRowInserter(connection, "Documents", "FileName, Title, SourceUrl, PublishedOn, Text, ContentHash, IngestedAt, Publisher", 8);
        _passages = new SqliteRowInserter(connection, "Passages", "DocumentId, Ordinal, Kind, Start, \"End\", Text", 6);
        _events = new SqliteRowInserter(connection, "Events", BulkRows.EventColumns, 12);
        _sources = new SqliteRowInserter(connection, "EventSources", BulkRows.SourceColumns, 16);
        _topics = new SqliteRowInserter(connection, "EventTopics", BulkRows.TopicColumns, 3);
        _entities = new SqliteRowInserter(connection, "EventEntities", BulkRows.EntityColumns, 3);
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
        var documentId = _documents.Insert(row);
        var ids = new Dictionary<int, int>(passages.Count);
        foreach (var passage in passages)
        {
            ids[passage.Ordinal] = checked((int)_passages.Insert([documentId, passage.Ordinal, passage.Kind.ToString(), passage.Start, passage.End, passage.Text]));
        }

        return ids;
    }

    public void InsertEvent(TimelineEvent timelineEvent, string fingerprint, Func<string, int, int> passageId)
    {
        _events.Insert(BulkRows.Event(timelineEvent, fingerprint));
        foreach (var row in BulkRows.Sources(timelineEvent, passageId))
        {
            _sources.Insert(row);
        }

        foreach (var row in BulkRows.Topics(timelineEvent))
        {
            _topics.Insert(row);
        }

        foreach (var row in BulkRows.Entities(timelineEvent))
        {
            _entities.Insert(row);
        }
    }

    /// <summary>Every row is written as it comes.</summary>
    public Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask DisposeAsync()
    {
        foreach (var batch in (ReadOnlySpan<SqliteRowInserter>)[_documents, _passages, _events, _sources, _topics, _entities])
        {
            batch.Dispose();
        }

        return ValueTask.CompletedTask;
    }
}
