using System.Diagnostics;
using System.Text;
using BenchmarkDotNet.Attributes;
using JapanRussia.Core.Dates;

namespace JapanRussia.Benchmarks;

/// <summary>Recogniser speed on prose (the seeds repeated) and on random text (to show it stays linear).</summary>
public static class RecognizerThroughput
{
    public static string SeedProse(int targetBytes)
    {
        var seeds = Directory.GetFiles(Paths.Seeds).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var builder = new StringBuilder(targetBytes + 50_000);
        while (builder.Length < targetBytes)
        {
            foreach (var seed in seeds)
            {
                builder.Append(seed).Append("\n\n");
            }
        }

        return builder.ToString();
    }

    public static string RandomText(int length, int seed)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-–—()[]'\"\n  19 20 May March mid- late early the 1990s";
        var random = new Random(seed);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    public static void Run()
    {
        var prose = SeedProse(20_000_000);
        DateRecognizer.Recognize(prose[..200_000]);
        var bytes = Encoding.UTF8.GetByteCount(prose);
        var best = double.MaxValue;
        var mentions = 0;
        for (var run = 0; run < 3; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            mentions = DateRecognizer.Recognize(prose).Count;
            best = Math.Min(best, stopwatch.Elapsed.TotalSeconds);
        }

        Console.WriteLine(FormattableString.Invariant($"Recogniser on prose: {bytes / 1e6:F1} MB in {best:F2} s = {bytes / 1e6 / best:F1} MB/s on one thread ({mentions} mentions)"));

        foreach (var size in new[] { 250_000, 500_000, 1_000_000 })
        {
            var text = RandomText(size, size);
            var stopwatch = Stopwatch.StartNew();
            var found = DateRecognizer.Recognize(text).Count;
            Console.WriteLine(FormattableString.Invariant($"Random text {size / 1e6:F2} MB: {stopwatch.Elapsed.TotalMilliseconds:F0} ms ({found} mentions)"));
        }
    }
}

[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private string _prose = string.Empty;

    [GlobalSetup]
    public void Setup() => _prose = RecognizerThroughput.SeedProse(1_000_000);

    [Benchmark]
    public int RecognizeOneMegabyteOfProse() => DateRecognizer.Recognize(_prose).Count;
}

internal static class Paths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "JapanRussia.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run from inside the repository.");
    }
}
