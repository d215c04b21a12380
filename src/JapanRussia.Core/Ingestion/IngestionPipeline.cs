using System.Diagnostics;
using JapanRussia.Core.Data;
using JapanRussia.Core.Documents;
using JapanRussia.Core.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace JapanRussia.Core.Ingestion;

/// <summary>
/// Ingests a documents folder into the store: reads, splits, extracts, merges, then writes the difference in one
/// transaction. Unchanged documents are not rewritten, and a run over an unchanged folder writes nothing.
/// </summary>
public sealed class IngestionPipeline(IDbContextFactory<TimelineDbContext> contextFactory, ILogger<IngestionPipeline>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<IngestionPipeline>.Instance;

    public async Task<IngestionReport> IngestAsync(string seedsFolder, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var folder = await SeedFolderReader.ReadAsync(seedsFolder, cancellationToken).ConfigureAwait(false);
        foreach (var failure in folder.Failures)
        {
            IngestionLog.Skipped(_logger, failure.FileName, failure.Reason);
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await TimelineDatabase.MigrateAsync(context, cancellationToken).ConfigureAwait(false);

        var stored = await context.Documents.AsNoTracking()
            .Select(d => new { d.Id, d.FileName, d.ContentHash })
            .ToDictionaryAsync(d => d.FileName, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);

        var failedNames = folder.Failures.Select(f => f.FileName).ToHashSet(StringComparer.Ordinal);
        var onDisk = folder.Documents.ToDictionary(d => d.FileName, StringComparer.Ordinal);
        var added = folder.Documents.Where(d => !stored.ContainsKey(d.FileName)).ToList();
        var updated = folder.Documents.Where(d => stored.TryGetValue(d.FileName, out var s) && s.ContentHash != d.ContentHash).ToList();

        // A document that failed to read this time keeps its previous version: a bad copy must not erase evidence.
        var removed = stored.Keys.Where(name => !onDisk.ContainsKey(name) && !failedNames.Contains(name)).ToList();
        var kept = stored.Keys.Where(name => !onDisk.ContainsKey(name) && failedNames.Contains(name)).ToList();

        var signature = ExtractionSignature.Current;
        var state = await context.IngestionStates.AsNoTracking().SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (added.Count + updated.Count + removed.Count == 0 && state?.ExtractionSignature == signature)
        {
            // Nothing to do: the documents and the code and data that read them are as they were.
            var unchanged = new IngestionReport(
                folder.Candidates, folder.Documents.Count, 0, 0, 0, folder.Failures,
                Passages: await context.Passages.CountAsync(cancellationToken).ConfigureAwait(false),
                Events: await context.Events.CountAsync(cancellationToken).ConfigureAwait(false),
                MergedEvents: await context.Events.CountAsync(e => e.Sources.Select(s => s.Passage.DocumentId).Distinct().Count() > 1, cancellationToken).ConfigureAwait(false),
                EventsWritten: 0,
                EventsDeleted: 0,
                Version: state.Version,
                Elapsed: stopwatch.Elapsed);
            IngestionLog.Summary(_logger, seedsFolder, unchanged);
            return unchanged;
        }

        var unchangedDocuments = folder.Documents.Where(d => stored.TryGetValue(d.FileName, out var s) && s.ContentHash == d.ContentHash).ToList();
        await DocumentDescriptions.RefreshAsync(context, unchangedDocuments, cancellationToken).ConfigureAwait(false);

        var corpus = new List<SourceDocument>(folder.Documents);
        foreach (var name in kept)
        {
            corpus.Add(await LoadStoredAsync(context, name, cancellationToken).ConfigureAwait(false));
        }

        var extraction = Extract(corpus);
        var store = new TimelineStore(context);
        var write = await store.WriteAsync(
            added.Concat(updated).Select(d => (d, extraction.Passages[d.FileName])).ToList(),
            removed.Concat(updated.Select(d => d.FileName)).ToList(),
            extraction.Events,
            signature,
            cancellationToken).ConfigureAwait(false);

        var report = new IngestionReport(
            DocumentsRead: folder.Candidates,
            Unchanged: folder.Documents.Count - added.Count - updated.Count,
            Added: added.Count,
            Updated: updated.Count,
            Removed: removed.Count,
            Failures: folder.Failures,
            Passages: extraction.Passages.Values.Sum(p => p.Count),
            Events: extraction.Events.Count,
            MergedEvents: extraction.Events.Count(e => e.Sources.Select(s => s.DocumentFileName).Distinct().Count() > 1),
            EventsWritten: write.EventsWritten,
            EventsDeleted: write.EventsDeleted,
            Version: write.Version,
            Elapsed: stopwatch.Elapsed);

        IngestionLog.Summary(_logger, seedsFolder, report);
        return report;
    }

    /// <summary>Splits and extracts every document, then merges mentions across documents into events.</summary>
    public static Extraction Extract(IReadOnlyList<SourceDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        // Documents are independent until merging, so they are read in parallel; the order of results is kept.
        var perDocument = documents
            .AsParallel()
            .AsOrdered()
            .Select(document =>
            {
                var split = PassageSplitter.Split(document.Text);
                return (document.FileName, Passages: split, Mentions: EventIds.WithUniqueKeys(EventExtractor.Extract(document, split)));
            })
            .ToList();

        var passages = perDocument.ToDictionary(d => d.FileName, d => d.Passages, StringComparer.Ordinal);
        return new Extraction(passages, EventMerger.Merge(perDocument.SelectMany(d => d.Mentions)));
    }

    private static async Task<SourceDocument> LoadStoredAsync(TimelineDbContext context, string fileName, CancellationToken cancellationToken)
    {
        var record = await context.Documents.AsNoTracking().SingleAsync(d => d.FileName == fileName, cancellationToken).ConfigureAwait(false);
        return new SourceDocument(
            record.FileName,
            record.Title,
            record.SourceUrl is null ? null : new Uri(record.SourceUrl),
            record.PublishedOn,
            record.Text,
            record.ContentHash)
        {
            Publisher = record.Publisher,
        };
    }

    public sealed record Extraction(IReadOnlyDictionary<string, IReadOnlyList<PassageSpan>> Passages, IReadOnlyList<TimelineEvent> Events);
}
