using System.Globalization;
using JapanRussia.Core.Data;
using JapanRussia.Core.Dates;
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
internal sealed class BulkWriter : IDisposable
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
        _insertEvent = Prepare(connection, transaction,
            "INSERT INTO Events (Id, StartDate, EndDate, Precision, Qualifier, Label, Title, EraId, Disagreement, Fingerprint, DateProvenance, DateNote) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11)", 12);
        _insertSource = Prepare(connection, transaction,
            "INSERT INTO EventSources (EventId, PassageId, Start, \"End\", Excerpt, DateStart, DateEnd, StartDate, EndDate, Precision, Qualifier, Label, " +
            "DateProvenance, DatePhrase, DateAnchor, DateAnchorDate) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15)", 16);
        _insertTopic = Prepare(connection, transaction,
            "INSERT INTO EventTopics (EventId, TopicId, \"Trigger\") VALUES ($p0, $p1, $p2)", 3);
        _insertEntity = Prepare(connection, transaction,
            "INSERT INTO EventEntities (EventId, Kind, Name) VALUES ($p0, $p1, $p2)", 3);
    }

    /// <summary>Writes a document and its passages; returns the passage ids by ordinal.</summary>
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
        var date = timelineEvent.Date;
        var provenance = DateProvenance.Strongest(date, timelineEvent.Sources.Select(s => (s.Date.Date, s.Date.Provenance))) ?? DateProvenance.Stated;
        Execute(_insertEvent, timelineEvent.Id, Date(date.Start), Date(date.End), date.Precision.ToString(), date.Qualifier.ToString(), date.Label,
            timelineEvent.Title, timelineEvent.EraId, timelineEvent.Disagreement, fingerprint, provenance.Kind.ToString(), DateProvenanceText.Note(provenance));
        foreach (var source in timelineEvent.Sources)
        {
            var stated = source.Date.Date;
            var how = source.Date.Provenance;
            Execute(_insertSource, timelineEvent.Id, passageId(source.DocumentFileName, source.PassageOrdinal), source.Sentence.Start, source.Sentence.End,
                source.Excerpt, source.Date.Start, source.Date.End, Date(stated.Start), Date(stated.End), stated.Precision.ToString(),
                stated.Qualifier.ToString(), stated.Label, how.Kind.ToString(), how.Phrase, how.Anchor.ToString(), how.AnchorDate);
        }

        foreach (var topic in timelineEvent.Topics.DistinctBy(t => t.TopicId, StringComparer.Ordinal))
        {
            Execute(_insertTopic, timelineEvent.Id, topic.TopicId, topic.Trigger);
        }

        foreach (var entity in timelineEvent.Entities.Distinct())
        {
            Execute(_insertEntity, timelineEvent.Id, entity.Kind.ToString(), entity.Name);
        }
    }

    public void Dispose()
    {
        _insertDocument.Dispose();
        _insertPassage.Dispose();
        _insertEvent.Dispose();
        _insertSource.Dispose();
        _insertTopic.Dispose();
        _insertEntity.Dispose();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

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
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command.ExecuteScalar();
    }
}
