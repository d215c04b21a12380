using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using JapanRussia.Benchmarks;
using JapanRussia.Benchmarks.Corpus;

// Suites (run in Release): dotnet run -c Release --project tests/JapanRussia.Benchmarks -- <suite> [options]
//   corpus --out DIR [--documents 10000]      write the synthetic corpus
//   recognizer                                 date recogniser throughput (MB/s, one core) and linearity on random text
//   seeds                                      ingestion time of the repository's seeds after start-up
//   ingest [--documents 10000] [--db CONN]     ingestion time and peak memory for a synthetic corpus, then re-ingestion unchanged
//                                              (into a new SQLite file, or the PostgreSQL database CONN names)
//   extract [--documents 10000] [--folder DIR] reading, extraction and merging alone (no database), of a synthetic
//                                              corpus or of DIR (e.g. make-seeds.py's 100,000 distinct events)
//   longsentence                              extraction of one sentence of 10 KB, 100 KB and 1 MB (linear in its length)
//   api [--database FILE] [--postgres CONN] [--events 100000]   /api/events filters and search over generated events (in-process HTTP pipeline);
//                                              with --postgres, the same events copied to a new PostgreSQL database, side by side
//   grid --databases A.db,B.db [--runs 20] [--slowest 10] [--shapes q=,!page=second] [--surfaces api,page] [--finalists 30]
//                                              every filter combination (or those whose names hold each part), API and
//                                              page; the slowest shapes' p95 per surface
//   http --url URL [--requests 400] [--concurrency 1]   latency p50/p95/p99 and throughput of one URL
//   circuits --db FILE --seeds DIR [--count 200] [--path /]   server memory per Blazor circuit, opened from Chromium
//   bdn [BenchmarkDotNet args]                 BenchmarkDotNet micro-benchmarks
var suite = args.FirstOrDefault() ?? "help";
var options = Options.Parse(args.Skip(1).ToArray());
switch (suite)
{
    case "corpus":
        var folder = options.Get("out") ?? throw new ArgumentException("--out DIR is required");
        var bytes = SyntheticCorpus.WriteTo(folder, options.GetInt("documents", 10_000));
        Console.WriteLine(FormattableString.Invariant($"Wrote {options.GetInt("documents", 10_000)} documents, {bytes / 1e6:F1} MB, to {folder}"));
        break;
    case "recognizer":
        RecognizerThroughput.Run();
        break;
    case "seeds":
        await IngestionRun.SeedsAsync();
        break;
    case "ingest":
        await IngestionRun.SyntheticAsync(options.GetInt("documents", 10_000), options.Get("db"));
        break;
    case "extract":
        await ExtractionRun.RunAsync(options.GetInt("documents", 10_000), options.Get("folder"));
        break;
    case "longsentence":
        LongSentence.Run();
        break;
    case "api":
        await ApiLatency.RunAsync(options.Get("database"), options.Get("postgres"), options.GetInt("events", ApiLatency.DefaultEventCount));
        break;
    case "grid":
        await JapanRussia.Benchmarks.Grid.GridLatency.RunAsync(
            (options.Get("databases") ?? throw new ArgumentException("--databases A.db,B.db is required")).Split(','),
            options.GetInt("runs", 20),
            options.GetInt("slowest", 10),
            JapanRussia.Benchmarks.Grid.GridSelection.Parse(options.Get("shapes"), options.Get("surfaces"), options.GetInt("finalists", 30)));
        break;
    case "http":
        await HttpLatency.RunAsync(
            new Uri(options.Get("url") ?? throw new ArgumentException("--url is required")),
            options.GetInt("requests", 400),
            options.GetInt("concurrency", 1));
        break;
    case "circuits":
        await CircuitMemory.RunAsync(
            options.Get("db") ?? throw new ArgumentException("--db FILE is required"),
            options.Get("seeds") ?? throw new ArgumentException("--seeds DIR is required"),
            options.GetInt("count", 200),
            options.Get("path") ?? "/");
        break;
    case "bdn":
        BenchmarkSwitcher.FromAssembly(typeof(Options).Assembly).Run(args.Skip(1).ToArray());
        break;
    default:
        Console.Error.WriteLine("Suites: corpus, recognizer, seeds, ingest, extract, longsentence, api, grid, http, circuits, bdn (see Program.cs).");
        return 2;
}

return 0;

namespace JapanRussia.Benchmarks
{
    internal sealed class Options(Dictionary<string, string> values)
    {
        public static Options Parse(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                values[args[i].TrimStart('-')] = args[i + 1];
            }

            return new Options(values);
        }

        public string? Get(string name) => values.GetValueOrDefault(name);

        public int GetInt(string name, int fallback) =>
            values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
    }

    internal static class Figures
    {
        public static string Percentiles(List<double> milliseconds)
        {
            milliseconds.Sort();
            double At(double p) => milliseconds[Math.Clamp((int)Math.Ceiling(p * milliseconds.Count) - 1, 0, milliseconds.Count - 1)];
            return FormattableString.Invariant($"p50 {At(0.50):F1} ms, p95 {At(0.95):F1} ms, p99 {At(0.99):F1} ms, max {milliseconds[^1]:F1} ms");
        }

        public static long PeakWorkingSetMb()
        {
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            return process.PeakWorkingSet64 / (1024 * 1024);
        }
    }
}
