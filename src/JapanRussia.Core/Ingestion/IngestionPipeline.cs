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
        var plan = await PlanAsync(context, folder, cancellationToken).ConfigureAwait(false);

        var signature = ExtractionSignature.Current;
        var state = await context.IngestionStates.AsNoTracking().SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        IngestionReport report;
        if (plan.Added.Count + plan.Updated.Count + plan.Removed.Count == 0 && state?.ExtractionSignature == signature)
        {
            // Nothing to do: the documents and the code and data that read them are as they were.
            report = await UnchangedReportAsync(context, folder, state.Version, stopwatch, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            report = await ExtractAndWriteAsync(context, folder, plan, signature, stopwatch, cancellationToken).ConfigureAwait(false);
        }

        IngestionLog.Summary(_logger, seedsFolder, report);
        return report;
    }

    /// <summary>Compares the folder with the stored documents by file name and content hash.</summary>
    private static async Task<IngestionPlan> PlanAsync(TimelineDbContext context, SeedFolderReader.FolderContents folder, CancellationToken cancellationToken)
    {
        var stored = await context.Documents.AsNoTracking()
            .Select(d => new { d.FileName, d.ContentHash })
            .ToDictionaryAsync(d => d.FileName, d => d.ContentHash, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);

        var failedNames = folder.Failures.Select(f => f.FileName).ToHashSet(StringComparer.Ordinal);
        var onDisk = folder.Documents.ToDictionary(d => d.FileName, StringComparer.Ordinal);

        // A document that failed to read this time keeps its previous version: a bad copy must not erase evidence.
        return new IngestionPlan(
            Added: folder.Documents.Where(d => !stored.ContainsKey(d.FileName)).ToList(),
            Updated: folder.Documents.Where(d => stored.TryGetValue(d.FileName, out var hash) && hash != d.ContentHash).ToList(),
            Unchanged: folder.Documents.Where(d => stored.TryGetValue(d.FileName, out var hash) && hash == d.ContentHash).ToList(),
            Removed: stored.Keys.Where(name => !onDisk.ContainsKey(name) && !failedNames.Contains(name)).ToList(),
            Kept: stored.Keys.Where(name => !onDisk.ContainsKey(name) && failedNames.Contains(name)).ToList());
    }

    private static async Task<IngestionReport> UnchangedReportAsync(
        TimelineDbContext context, SeedFolderReader.FolderContents folder, long version, Stopwatch stopwatch, CancellationToken cancellationToken) =>
        new(
            folder.Candidates, folder.Documents.Count, 0, 0, 0, folder.Failures,
            Passages: await context.Passages.CountAsync(cancellationToken).ConfigureAwait(false),
            Events: await context.Events.CountAsync(cancellationToken).ConfigureAwait(false),
            MergedEvents: await context.Events.CountAsync(e => e.Sources.Select(s => s.Passage.DocumentId).Distinct().Count() > 1, cancellationToken).ConfigureAwait(false),
            EventsWritten: 0,
            EventsDeleted: 0,
            Version: version,
            Elapsed: stopwatch.Elapsed);

    private static async Task<IngestionReport> ExtractAndWriteAsync(
        TimelineDbContext context, SeedFolderReader.FolderContents folder, IngestionPlan plan, string signature, Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        await DocumentDescriptions.RefreshAsync(context, plan.Unchanged, cancellationToken).ConfigureAwait(false);
        var corpus = new List<SourceDocument>(folder.Documents);
        foreach (var name in plan.Kept)
        {
            corpus.Add(await LoadStoredAsync(context, name, cancellationToken).ConfigureAwait(false));
        }

        var extraction = Extract(corpus);
        var write = await new TimelineStore(context).WriteAsync(
            plan.Added.Concat(plan.Updated).Select(d => (d, extraction.Passages[d.FileName])).ToList(),
            plan.Removed.Concat(plan.Updated.Select(d => d.FileName)).ToList(),
            extraction.Events,
            signature,
            cancellationToken).ConfigureAwait(false);

        return new IngestionReport(
            DocumentsRead: folder.Candidates,
            Unchanged: plan.Unchanged.Count,
            Added: plan.Added.Count,
            Updated: plan.Updated.Count,
            Removed: plan.Removed.Count,
            Failures: folder.Failures,
            Passages: extraction.Passages.Values.Sum(p => p.Count),
            Events: extraction.Events.Count,
            MergedEvents: extraction.Events.Count(e => e.Sources.Select(s => s.DocumentFileName).Distinct().Count() > 1),
            EventsWritten: write.EventsWritten,
            EventsDeleted: write.EventsDeleted,
            Version: write.Version,
            Elapsed: stopwatch.Elapsed);
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

    /// <summary>What a run does to the stored documents; Kept are stored documents that failed to read this time.</summary>
    private sealed record IngestionPlan(
        List<SourceDocument> Added, List<SourceDocument> Updated, List<SourceDocument> Unchanged, List<string> Removed, List<string> Kept);
}
