using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using JapanRussia.Core.Data;
using JapanRussia.Core.Documents;
using JapanRussia.Core.Events;
using JapanRussia.Core.Reference;
using JapanRussia.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Ingestion;

/// <summary>Writes an ingestion's outcome: replaces changed documents and exactly the events whose content changed, in one transaction.</summary>
public sealed class TimelineStore(TimelineDbContext context)
{
    private const int DeleteChunk = 500;

    /// <summary>ANALYZE on at most 1,000 rows an index (analysis_limit), for the tables that need it (optimize flag 0x10002).</summary>
    public sealed record WriteResult(int EventsWritten, int EventsDeleted, long Version);

    public async Task<WriteResult> WriteAsync(
        IReadOnlyList<(SourceDocument Document, IReadOnlyList<PassageSpan> Passages)> documentsToWrite,
        IReadOnlyList<string> documentsToDelete,
        IReadOnlyList<TimelineEvent> events,
        string extractionSignature,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documentsToWrite);
        ArgumentNullException.ThrowIfNull(documentsToDelete);
        ArgumentNullException.ThrowIfNull(events);

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        EventChanges changes;
        bool changed;
        await using ((await context.Seams.Maintenance.PrepareWriteAsync(context, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false))
        {
            var referenceChanged = await SyncReferenceDataAsync(cancellationToken).ConfigureAwait(false);
            foreach (var chunk in documentsToDelete.Chunk(DeleteChunk))
            {
                await context.Documents.Where(d => chunk.Contains(d.FileName)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            }

            changes = await WriteRowsAsync(documentsToWrite, events, cancellationToken).ConfigureAwait(false);

            // The full-text index follows exactly the events rewritten above, so an unchanged run writes nothing to it.
            await SearchIndex.RefreshAsync(context, changes.Stale.Concat(changes.Fresh.Select(e => e.Event.Id)), cancellationToken).ConfigureAwait(false);
            changed = referenceChanged || documentsToWrite.Count > 0 || documentsToDelete.Count > 0 || changes.Stale.Count > 0 || changes.Fresh.Count > 0;
        }

        var version = await BumpVersionAsync(changed, extractionSignature, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (changed)
        {
            await AnalyzeAsync(cancellationToken).ConfigureAwait(false);
        }

        return new WriteResult(changes.Fresh.Count, changes.Deleted, version);
    }

    /// <summary>Inserts the documents, deletes the events whose content changed or went, and inserts the new and changed ones.</summary>
    private async Task<EventChanges> WriteRowsAsync(
        IReadOnlyList<(SourceDocument Document, IReadOnlyList<PassageSpan> Passages)> documentsToWrite,
        IReadOnlyList<TimelineEvent> events,
        CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var writer = context.Seams.BulkWriter(context);
        await using var disposeWriter = writer.ConfigureAwait(false);
        var passageIds = new Dictionary<(string File, int Ordinal), int>();
        foreach (var (document, passages) in documentsToWrite)
        {
            foreach (var (ordinal, id) in writer.InsertDocument(document, passages, now))
            {
                passageIds[(document.FileName, ordinal)] = id;
            }
        }

        var changes = await CompareAsync(events, cancellationToken).ConfigureAwait(false);
        foreach (var chunk in changes.Stale.Chunk(DeleteChunk))
        {
            await context.Events.Where(e => chunk.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        var written = documentsToWrite.Select(d => d.Document.FileName).ToHashSet(StringComparer.Ordinal);
        var unwritten = changes.Fresh.SelectMany(e => e.Event.Sources.Select(s => s.DocumentFileName)).Where(name => !written.Contains(name));
        foreach (var (key, id) in await PassageIdsAsync(unwritten, cancellationToken).ConfigureAwait(false))
        {
            passageIds[key] = id;
        }

        foreach (var (timelineEvent, fingerprint) in changes.Fresh)
        {
            writer.InsertEvent(timelineEvent, fingerprint, (file, ordinal) => passageIds[(file, ordinal)]);
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return changes;
    }

    /// <summary>Which stored events are stale (changed or gone) and which extracted events must be written (new or changed), by fingerprint.</summary>
    private async Task<EventChanges> CompareAsync(IReadOnlyList<TimelineEvent> events, CancellationToken cancellationToken)
    {
        var hashes = await context.Documents.AsNoTracking()
            .ToDictionaryAsync(d => d.FileName, d => d.ContentHash, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);

        // Hashing every event's content is the costliest step here on a large corpus, and each event is independent.
        var fingerprinted = events.AsParallel().AsOrdered().Select(e => (Event: e, Fingerprint: Fingerprint(e, hashes))).ToList();
        var existing = await context.Events.AsNoTracking()
            .ToDictionaryAsync(e => e.Id, e => e.Fingerprint, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var wanted = fingerprinted.ToDictionary(e => e.Event.Id, e => e.Fingerprint, StringComparer.Ordinal);

        var stale = existing.Where(e => !wanted.TryGetValue(e.Key, out var f) || f != e.Value).Select(e => e.Key).ToList();
        var fresh = fingerprinted.Where(e => !existing.TryGetValue(e.Event.Id, out var f) || f != e.Fingerprint).ToList();
        return new EventChanges(stale, fresh, stale.Count(id => !wanted.ContainsKey(id)));
    }

    /// <summary>Planner statistics after a change; an unchanged run skips this and so still writes nothing.</summary>
    private Task AnalyzeAsync(CancellationToken cancellationToken) => context.Seams.Maintenance.AnalyzeAsync(context, cancellationToken);

    private async Task<bool> SyncReferenceDataAsync(CancellationToken cancellationToken)
    {
        var changed = false;
        var eras = await context.Eras.ToDictionaryAsync(e => e.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        foreach (var era in ReferenceData.EraRows())
        {
            if (!eras.TryGetValue(era.Id, out var row))
            {
                context.Eras.Add(era);
                changed = true;
            }
            else if (row.Name != era.Name || row.StartYear != era.StartYear || row.EndYear != era.EndYear || row.Color != era.Color || row.SortOrder != era.SortOrder)
            {
                (row.Name, row.StartYear, row.EndYear, row.Color, row.SortOrder) = (era.Name, era.StartYear, era.EndYear, era.Color, era.SortOrder);
                changed = true;
            }
        }

        var topics = await context.Topics.ToDictionaryAsync(t => t.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        foreach (var topic in ReferenceData.TopicRows())
        {
            if (!topics.TryGetValue(topic.Id, out var row))
            {
                context.Topics.Add(topic);
                changed = true;
            }
            else if (row.Name != topic.Name || row.SortOrder != topic.SortOrder)
            {
                (row.Name, row.SortOrder) = (topic.Name, topic.SortOrder);
                changed = true;
            }
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return changed;
    }

    private async Task<Dictionary<(string File, int Ordinal), int>> PassageIdsAsync(IEnumerable<string> fileNames, CancellationToken cancellationToken)
    {
        var result = new Dictionary<(string, int), int>();
        foreach (var chunk in fileNames.Distinct(StringComparer.Ordinal).Chunk(DeleteChunk))
        {
            var rows = await context.Passages.AsNoTracking()
                .Where(p => chunk.Contains(p.Document.FileName))
                .Select(p => new { p.Id, p.Document.FileName, p.Ordinal })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                result[(row.FileName, row.Ordinal)] = row.Id;
            }
        }

        return result;
    }

    private async Task<long> BumpVersionAsync(bool changed, string extractionSignature, CancellationToken cancellationToken)
    {
        var state = await context.IngestionStates.SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (state is null)
        {
            state = new IngestionState { Id = 1 };
            context.IngestionStates.Add(state);
            changed = true;
        }

        if (changed)
        {
            state.Version++;
            state.UpdatedAt = DateTimeOffset.UtcNow;
        }

        state.ExtractionSignature = extractionSignature;
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        return state.Version;
    }

    /// <summary>Everything stored for an event, including the content hash of each source document (a changed document re-creates its sources' rows).</summary>
    private static string Fingerprint(TimelineEvent timelineEvent, IReadOnlyDictionary<string, string> documentHashes)
    {
        var builder = new StringBuilder();
        var date = timelineEvent.Date;
        builder.Append(CultureInfo.InvariantCulture, $"{date.Start:O}|{date.End:O}|{date.Precision}|{date.Qualifier}|{date.Label}|{timelineEvent.Title}|{timelineEvent.EraId}|{timelineEvent.Disagreement}\n");
        foreach (var topic in timelineEvent.Topics)
        {
            builder.Append(CultureInfo.InvariantCulture, $"t:{topic.TopicId}:{topic.Trigger}\n");
        }

        foreach (var entity in timelineEvent.Entities)
        {
            builder.Append(CultureInfo.InvariantCulture, $"e:{entity.Kind}:{entity.Name}\n");
        }

        foreach (var source in timelineEvent.Sources)
        {
            builder.Append(CultureInfo.InvariantCulture, $"s:{source.DocumentFileName}:{documentHashes.GetValueOrDefault(source.DocumentFileName)}:{source.PassageOrdinal}:{source.Sentence.Start}:{source.Sentence.End}:{source.Date.Start}:{source.Date.End}:{source.Date.Date.Label}:{source.Date.Provenance}\n");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    /// <param name="Stale">Stored events to delete: changed or gone.</param>
    /// <param name="Fresh">Extracted events to insert: new or changed.</param>
    /// <param name="Deleted">How many of the stale events are gone rather than changed.</param>
    private sealed record EventChanges(List<string> Stale, List<(TimelineEvent Event, string Fingerprint)> Fresh, int Deleted);
}
