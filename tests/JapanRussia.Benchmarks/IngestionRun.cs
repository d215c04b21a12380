using System.Diagnostics;
using JapanRussia.Benchmarks.Corpus;
using JapanRussia.Core.Data;
using JapanRussia.Core.Ingestion;
using Microsoft.EntityFrameworkCore;

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

    public static async Task SyntheticAsync(int documents)
    {
        using var scratch = new Scratch();
        var corpus = Path.Combine(scratch.Folder, "corpus");
        var bytes = SyntheticCorpus.WriteTo(corpus, documents);
        Console.WriteLine(FormattableString.Invariant($"Corpus: {documents} documents, {bytes / 1e6:F1} MB"));

        var stopwatch = Stopwatch.StartNew();
        var report = await Ingest(scratch.Database, corpus);
        var first = stopwatch.Elapsed;
        var peak = Figures.PeakWorkingSetMb();
        Console.WriteLine(FormattableString.Invariant(
            $"First ingestion: {first.TotalSeconds:F1} s, peak working set {peak} MB; {report.Passages} passages, {report.Events} events ({report.MergedEvents} merged), {report.Failures.Count} failed"));

        stopwatch.Restart();
        var again = await Ingest(scratch.Database, corpus);
        Console.WriteLine(FormattableString.Invariant($"Re-ingestion unchanged: {stopwatch.Elapsed.TotalSeconds:F2} s (changed: {again.Changed})"));
        Console.WriteLine(FormattableString.Invariant($"Database: {new FileInfo(scratch.Database).Length / 1e6:F1} MB at {scratch.Database}"));
        scratch.Keep = Environment.GetEnvironmentVariable("KEEP_BENCH_DB") == "1";
    }

    private static Task<IngestionReport> Ingest(string database, string seeds) =>
        new IngestionPipeline(new FileContextFactory(database)).IngestAsync(seeds);

    private sealed class FileContextFactory(string path) : IDbContextFactory<TimelineDbContext>
    {
        public TimelineDbContext CreateDbContext() => new(TimelineDatabase.Options(path));
    }

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

/// <summary>Where ingestion time goes: reading, extraction, and (by difference) writing.</summary>
public static class ExtractionRun
{
    public static async Task RunAsync(int documents)
    {
        var folder = Path.Combine(Path.GetTempPath(), "jr-bench-extract", documents.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!Directory.Exists(folder))
        {
            SyntheticCorpus.WriteTo(folder, documents);
        }

        var stopwatch = Stopwatch.StartNew();
        var contents = await SeedFolderReader.ReadAsync(folder);
        var read = stopwatch.Elapsed;
        stopwatch.Restart();
        var extraction = IngestionPipeline.Extract(contents.Documents);
        var extract = stopwatch.Elapsed;
        Console.WriteLine(FormattableString.Invariant(
            $"{documents} documents: read {read.TotalSeconds:F2} s, extract+merge {extract.TotalSeconds:F2} s ({extraction.Events.Count} events), peak {Figures.PeakWorkingSetMb()} MB"));
    }
}
