using System.Diagnostics;
using JapanRussia.Benchmarks.Corpus;
using JapanRussia.Core.Data;
using JapanRussia.Core.Documents;
using JapanRussia.Core.Events;
using JapanRussia.Core.Ingestion;

namespace JapanRussia.Benchmarks;

/// <summary>Ingestion figures: the seeds after start-up, and a synthetic corpus with its peak memory and unchanged re-run.</summary>
public static class IngestionRun
{
    public static async Task SeedsAsync()
    {
        using var warm = new Scratch();
        await Ingest(warm.Database, Paths.Seeds);

        var times = new List<double>();
        for (var run = 0; run < 5; run++)
        {
            using var scratch = new Scratch();
            var stopwatch = Stopwatch.StartNew();
            var report = await Ingest(scratch.Database, Paths.Seeds);
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
            if (run == 0)
            {
                Console.WriteLine($"Seeds: {report.DocumentsRead} documents, {report.Passages} passages, {report.Events} events ({report.MergedEvents} merged)");
            }
        }

        Console.WriteLine("Seeds ingestion into a new database after start-up: " + Figures.Percentiles(times));
    }

    /// <param name="store">A PostgreSQL connection string (a database not yet created) to ingest into instead of a new SQLite file.</param>
    public static async Task SyntheticAsync(int documents, string? store = null)
    {
        using var scratch = new Scratch();
        var corpus = Path.Combine(scratch.Folder, "corpus");
        var bytes = SyntheticCorpus.WriteTo(corpus, documents);
        Console.WriteLine(FormattableString.Invariant($"Corpus: {documents} documents, {bytes / 1e6:F1} MB"));

        var stopwatch = Stopwatch.StartNew();
        var database = store ?? scratch.Database;
        Console.WriteLine($"Store: {StoreLocation.Parse(database).Display}");
        var report = await Ingest(database, corpus);
        var first = stopwatch.Elapsed;
        var peak = Figures.PeakWorkingSetMb();
        Console.WriteLine(FormattableString.Invariant(
            $"First ingestion: {first.TotalSeconds:F1} s, peak working set {peak} MB; {report.Passages} passages, {report.Events} events ({report.MergedEvents} merged), {report.Failures.Count} failed"));

        stopwatch.Restart();
        var again = await Ingest(database, corpus);
        Console.WriteLine(FormattableString.Invariant($"Re-ingestion unchanged: {stopwatch.Elapsed.TotalSeconds:F2} s ({again.Unchanged} unchanged, {again.EventsWritten} events written)"));
        if (store is null)
        {
            Console.WriteLine(FormattableString.Invariant($"Database: {new FileInfo(scratch.Database).Length / 1e6:F1} MB at {scratch.Database}"));
        }

        scratch.Keep = Environment.GetEnvironmentVariable("KEEP_BENCH_DB") == "1";
    }

    private static Task<IngestionReport> Ingest(string database, string seeds) =>
        new IngestionPipeline(new TimelineContextFactory(StoreLocation.Parse(database))).IngestAsync(seeds);

    private sealed class Scratch : IDisposable
    {
        public string Folder { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "jr-bench", Guid.NewGuid().ToString("N"))).FullName;

        public string Database => Path.Combine(Folder, "timeline.db");

        public bool Keep { get; set; }

        public void Dispose()
        {
            if (!Keep)
            {
                Directory.Delete(Folder, recursive: true);
            }
        }
    }
}

/// <summary>Where ingestion time goes: reading, extraction, merging and (by difference) writing.</summary>
public static class ExtractionRun
{
    /// <summary>Times a synthetic corpus of <paramref name="documents"/>, or the documents of <paramref name="folder"/> when given.</summary>
    public static async Task RunAsync(int documents, string? folder = null)
    {
        if (folder is null)
        {
            folder = Path.Combine(Path.GetTempPath(), "jr-bench-extract", documents.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (!Directory.Exists(folder))
            {
                SyntheticCorpus.WriteTo(folder, documents);
            }
        }

        var stopwatch = Stopwatch.StartNew();
        var contents = await SeedFolderReader.ReadAsync(folder);
        var read = stopwatch.Elapsed;
        stopwatch.Restart();
        var mentions = contents.Documents
            .AsParallel()
            .SelectMany(d => EventIds.WithUniqueKeys(EventExtractor.Extract(d, PassageSplitter.Split(d.Text))))
            .ToList();
        var extract = stopwatch.Elapsed;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        stopwatch.Restart();
        var events = EventMerger.Merge(mentions);
        var merge = stopwatch.Elapsed;
        process.Refresh();
        var mergeCpu = process.TotalProcessorTime - cpuBefore;
        Console.WriteLine(FormattableString.Invariant(
            $"{contents.Documents.Count} documents: read {read.TotalSeconds:F2} s, extract {extract.TotalSeconds:F2} s ({mentions.Count} mentions), merge {merge.TotalSeconds:F2} s ({mergeCpu.TotalSeconds:F2} s CPU; {events.Count} events), peak {Figures.PeakWorkingSetMb()} MB"));
    }
}
