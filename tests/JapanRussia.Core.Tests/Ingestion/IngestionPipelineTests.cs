using JapanRussia.Core.Data;
using JapanRussia.Core.Ingestion;
using JapanRussia.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Tests.Ingestion;

/// <summary>Ingestion's behaviour on either store: run by <see cref="SqliteIngestionPipelineTests"/> and <see cref="PostgresIngestionPipelineTests"/>.</summary>
public abstract class IngestionPipelineTests(StoreProvider provider) : IDisposable
{
    private readonly TestStore _store = new(provider);

    protected TestStore Store => _store;

    public void Dispose()
    {
        _store.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task IngestingTheSeedsStoresDocumentsPassagesAndEvents()
    {
        _store.CopySeeds();

        var report = await _store.IngestAsync();

        Assert.Equal(5, report.DocumentsRead);
        Assert.Equal(5, report.Added);
        Assert.Empty(report.Failures);
        await using var context = _store.CreateDbContext();
        Assert.Equal(5, await context.Documents.CountAsync());
        Assert.Equal(report.Passages, await context.Passages.CountAsync());
        Assert.Equal(report.Events, await context.Events.CountAsync());
        Assert.True(report.Events > 50, $"only {report.Events} events from the seeds");
        Assert.Equal(9, await context.Eras.CountAsync());
    }

    [Fact]
    public async Task EverySourceExcerptIsExactlyTheDocumentTextAtItsOffsets()
    {
        _store.CopySeeds();
        await _store.IngestAsync();

        await using var context = _store.CreateDbContext();
        var sources = await context.EventSources.Include(s => s.Passage).ThenInclude(p => p.Document).ToListAsync();

        Assert.NotEmpty(sources);
        Assert.All(sources, s =>
        {
            var text = s.Passage.Document.Text;
            Assert.Equal(s.Excerpt, text[s.Start..s.End]);
            Assert.InRange(s.Start, s.Passage.Start, s.Passage.End);
            Assert.InRange(s.End, s.Passage.Start, s.Passage.End);
            Assert.InRange(s.DateStart, s.Start, s.End);
            Assert.InRange(s.DateEnd, s.DateStart, s.End);
        });
    }

    [Fact]
    public async Task ReingestingUnchangedFolderChangesNothing()
    {
        _store.CopySeeds();
        var first = await _store.IngestAsync();
        var before = await SnapshotAsync();

        var second = await _store.IngestAsync();

        Assert.Equal(5, second.Unchanged);
        Assert.Equal((0, 0, 0), (second.Added, second.Updated, second.Removed));
        Assert.Equal((0, 0), (second.EventsWritten, second.EventsDeleted));
        Assert.Equal(first.Version, second.Version);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task ANewExtractorVersionRereadsUnchangedDocumentsAndKeepsEventIds()
    {
        _store.CopySeeds();
        await _store.IngestAsync();
        var before = await SnapshotAsync();
        await using (var context = _store.CreateDbContext())
        {
            await context.IngestionStates.ExecuteUpdateAsync(s => s.SetProperty(x => x.ExtractionSignature, "an older extractor"));
        }

        await _store.IngestAsync();

        await using var after = _store.CreateDbContext();
        Assert.Equal(ExtractionSignature.Current, (await after.IngestionStates.SingleAsync()).ExtractionSignature);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task ReingestingIntoAFreshDatabaseGivesTheSameEventIds()
    {
        _store.CopySeeds();
        await _store.IngestAsync();
        var ids = await EventIdsAsync(_store);

        using var other = new TestStore(provider);
        other.CopySeeds();
        await other.IngestAsync();

        Assert.Equal(ids, await EventIdsAsync(other));
    }

    [Fact]
    public async Task AChangedDocumentReplacesOnlyWhatItProduced()
    {
        _store.WriteDocument("a.txt", "Alpha\n\nIn 1956 Japan and the Soviet Union restored diplomatic relations.\n");
        _store.WriteDocument("b.txt", "Beta\n\nIn 1905 Japan defeated Russia in the Russo-Japanese War.\n");
        await _store.IngestAsync();
        var before = await SnapshotAsync();
        var untouched = before.Where(e => e.Sources.Contains("b.txt", StringComparison.Ordinal)).ToList();

        _store.WriteDocument("a.txt", "Alpha\n\nIn 1960 the Soviet government warned Japan against the security treaty.\n");
        var report = await _store.IngestAsync();

        Assert.Equal(1, report.Updated);
        Assert.Equal(1, report.Unchanged);
        var after = await SnapshotAsync();
        Assert.All(untouched, e => Assert.Contains(e, after));
        Assert.DoesNotContain(after, e => e.Label == "1956");
        Assert.Contains(after, e => e.Label == "1960");
    }

    [Fact]
    public async Task ARemovedDocumentTakesItsEventsWithIt()
    {
        _store.WriteDocument("a.txt", "Alpha\n\nIn 1956 Japan and the Soviet Union restored diplomatic relations.\n");
        _store.WriteDocument("b.txt", "Beta\n\nIn 1905 Japan defeated Russia in the Russo-Japanese War.\n");
        await _store.IngestAsync();

        File.Delete(Path.Combine(_store.Seeds, "a.txt"));
        var report = await _store.IngestAsync();

        Assert.Equal(1, report.Removed);
        await using var context = _store.CreateDbContext();
        Assert.Equal(["b.txt"], await context.Documents.Select(d => d.FileName).ToListAsync());
        Assert.DoesNotContain(await context.Events.Select(e => e.Label).ToListAsync(), l => l == "1956");
        Assert.False(await context.Events.AnyAsync(e => !e.Sources.Any()));
    }

    [Fact]
    public async Task AnUnreadableFileIsReportedByNameWhileTheRestIsIngested()
    {
        _store.WriteDocument("good.txt", "Good\n\nIn 1956 Japan and the Soviet Union restored diplomatic relations.\n");
        File.WriteAllBytes(Path.Combine(_store.Seeds, "bad.txt"), Enumerable.Repeat((byte)0, 2048).ToArray());
        _store.WriteDocument("empty.md", "");

        var report = await _store.IngestAsync();

        Assert.Equal(["bad.txt", "empty.md"], report.Failures.Select(f => f.FileName));
        Assert.All(report.Failures, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason)));
        Assert.Equal(1, report.Added);
        Assert.False(report.NothingIngested);
    }

    [Fact]
    public async Task ADocumentThatBecomesUnreadableKeepsItsPreviousVersion()
    {
        _store.WriteDocument("a.txt", "Alpha\n\nIn 1956 Japan and the Soviet Union restored diplomatic relations.\n");
        await _store.IngestAsync();
        var before = await SnapshotAsync();

        File.WriteAllBytes(Path.Combine(_store.Seeds, "a.txt"), Enumerable.Repeat((byte)0, 2048).ToArray());
        var report = await _store.IngestAsync();

        Assert.Single(report.Failures);
        Assert.Equal(0, report.Removed);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task AFolderOfOnlyUnreadableFilesIngestsNothing()
    {
        File.WriteAllBytes(Path.Combine(_store.Seeds, "bad.txt"), Enumerable.Repeat((byte)0, 2048).ToArray());

        var report = await _store.IngestAsync();

        Assert.True(report.NothingIngested);
    }

    [Fact]
    public async Task AMissingFolderIsAClearError()
    {
        var pipeline = _store.Pipeline;

        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => pipeline.IngestAsync(Path.Combine(_store.Seeds, "nope")));

        Assert.Contains("nope", error.Message, StringComparison.Ordinal);
    }

    private async Task<List<EventSnapshot>> SnapshotAsync()
    {
        await using var context = _store.CreateDbContext();
        var events = await context.Events.AsNoTracking().Include(e => e.Sources).ThenInclude(s => s.Passage).ThenInclude(p => p.Document)
            .InTimelineOrder().ToListAsync();
        return events.Select(e => new EventSnapshot(
                e.Id,
                e.Label,
                e.Title,
                e.Fingerprint,
                string.Join(";", e.Sources.OrderBy(s => s.Passage.Document.FileName, StringComparer.Ordinal).ThenBy(s => s.Start)
                    .Select(s => $"{s.Passage.Document.FileName}:{s.Start}-{s.End}"))))
            .ToList();
    }

    private static async Task<List<string>> EventIdsAsync(TestStore store)
    {
        await using var context = store.CreateDbContext();
        return await context.Events.OrderBy(e => e.Id).Select(e => e.Id).ToListAsync();
    }

    private sealed record EventSnapshot(string Id, string Label, string Title, string Fingerprint, string Sources);
}
