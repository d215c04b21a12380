using System.Globalization;
using JapanRussia.Core.Data;
using JapanRussia.Core.Documents;
using JapanRussia.Core.Events;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace JapanRussia.Core.Ingestion;

/// <summary>
/// Inserts documents, passages and events with prepared, parameterised commands inside the caller's transaction,
/// because EF's change tracker is too slow for a hundred thousand rows (docs/performance.md).
/// Values are written in the formats EF Core's SQLite provider reads back (dates as yyyy-MM-dd, enums by name).
/// </summary>
internal sealed class BulkWriter : IBulkWriter
{
    private readonly SqliteCommand _insertDocument;
    private readonly SqliteCommand _insertPassage;
    private readonly SqliteCommand _insertEvent;
    private readonly SqliteCommand _insertSource;
    private readonly SqliteCommand _insertTopic;
    private readonly SqliteCommand _insertEntity;

    public BulkWriter(TimelineDbContext context)
    {
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        var transaction = (SqliteTransaction?)context.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk writes must run inside a transaction.");
        _insertDocument = Prepare(connection, transaction,
            "INSERT INTO Documents (FileName, Title, SourceUrl, PublishedOn, Text, ContentHash, IngestedAt, Publisher) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7) RETURNING Id", 8);
        _insertPassage = Prepare(connection, transaction,
            "INSERT INTO Passages (DocumentId, Ordinal, Kind, Start, \"End\", Text) VALUES ($p0, $p1, $p2, $p3, $p4, $p5) RETURNING Id", 6);
        _insertEvent = Prepare(connection, transaction, $"INSERT INTO Events ({BulkRows.EventColumns}) VALUES ({Placeholders(12)})", 12);
        _insertSource = Prepare(connection, transaction, $"INSERT INTO EventSources ({BulkRows.SourceColumns}) VALUES ({Placeholders(16)})", 16);
        _insertTopic = Prepare(connection, transaction, $"INSERT INTO EventTopics ({BulkRows.TopicColumns}) VALUES ({Placeholders(3)})", 3);
        _insertEntity = Prepare(connection, transaction, $"INSERT INTO EventEntities ({BulkRows.EntityColumns}) VALUES ({Placeholders(3)})", 3);
    }

    public Dictionary<int, int> InsertDocument(SourceDocument document, IReadOnlyList<PassageSpan> passages, DateTimeOffset ingestedAt)
    {
        var documentId = Convert.ToInt32(Execute(
            _insertDocument,
            document.FileName,
            document.Title,
            document.SourceUrl?.ToString(),
            document.PublishedOn is { } published ? Date(published) : null,
            document.Text,
            document.ContentHash,
            ingestedAt.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
            document.Publisher), CultureInfo.InvariantCulture);

        var ids = new Dictionary<int, int>(passages.Count);
        foreach (var passage in passages)
        {
            ids[passage.Ordinal] = Convert.ToInt32(
                Execute(_insertPassage, documentId, passage.Ordinal, passage.Kind.ToString(), passage.Start, passage.End, passage.Text),
                CultureInfo.InvariantCulture);
        }

        return ids;
    }

    public void InsertEvent(TimelineEvent timelineEvent, string fingerprint, Func<string, int, int> passageId)
    {
        Execute(_insertEvent, BulkRows.Event(timelineEvent, fingerprint));
        foreach (var row in BulkRows.Sources(timelineEvent, passageId))
        {
            Execute(_insertSource, row);
        }

        foreach (var row in BulkRows.Topics(timelineEvent))
        {
            Execute(_insertTopic, row);
        }

        foreach (var row in BulkRows.Entities(timelineEvent))
        {
            Execute(_insertEntity, row);
        }
    }

    /// <summary>Every row is written as it comes.</summary>
    public Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask DisposeAsync()
    {
        _insertDocument.Dispose();
        _insertPassage.Dispose();
        _insertEvent.Dispose();
        _insertSource.Dispose();
        _insertTopic.Dispose();
        _insertEntity.Dispose();
        return ValueTask.CompletedTask;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Placeholders(int count) => string.Join(", ", Enumerable.Range(0, count).Select(i => "$p" + i.ToString(CultureInfo.InvariantCulture)));

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null));
        }

        command.Prepare();
        return command;
    }

    private static object? Execute(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] switch
            {
                null => DBNull.Value,
                DateOnly date => Date(date),
                var value => value,
            };
        }

        return command.ExecuteScalar();
    }
}
