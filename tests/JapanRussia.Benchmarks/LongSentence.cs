using System.Diagnostics;
using System.Text;
using JapanRussia.Core.Documents;
using JapanRussia.Core.Events;

namespace JapanRussia.Benchmarks;

/// <summary>
/// Extraction time of one document that is a single long sentence with one year in it, at 10 KB, 100 KB and 1 MB:
/// linear extraction keeps the ratios near 10.
/// </summary>
public static class LongSentence
{
    /// <summary>Plain filler, and prose-like filler with commas and past-tense verbs (which the clause rules look at).</summary>
    private static readonly (string Name, string Filler)[] Fillers =
    [
        ("plain words", "the delegates talked about fishing and trade and the islands "),
        ("clauses and verbs", "and the weary delegates talked, argued and waited, which tired the officials who watched "),
    ];

    private static readonly int[] Sizes = (Environment.GetEnvironmentVariable("LONGSENTENCE_SIZES") ?? "10000,100000,1000000")
        .Split(',').Select(v => int.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    public static string Document(int bytes, string filler)
    {
        var builder = new StringBuilder(bytes + 200);
        builder.Append("Long sentence\n\nOn 19 October 1956 Japan and the Soviet Union signed a declaration ");
        while (builder.Length < bytes)
        {
            builder.Append(filler);
        }

        return builder.Append("in Moscow.\n").ToString();
    }

    public static void Run()
    {
        Extract(Document(10_000, Fillers[0].Filler));
        foreach (var (name, filler) in Fillers)
        {
            foreach (var size in Sizes)
            {
                var text = Document(size, filler);
                var best = double.MaxValue;
                var events = 0;
                for (var run = 0; run < 3; run++)
                {
                    var stopwatch = Stopwatch.StartNew();
                    events = Extract(text);
                    best = Math.Min(best, stopwatch.Elapsed.TotalMilliseconds);
                }

                Console.WriteLine(FormattableString.Invariant($"One sentence of {name}, {size / 1000} KB: {best:F1} ms ({events} event; {Stages(text)})"));
            }
        }
    }

    /// <summary>Where the time goes: passages, sentences and the date recogniser alone (the rest is the event rules).</summary>
    private static string Stages(string text)
    {
        var stopwatch = Stopwatch.StartNew();
        var passages = PassageSplitter.Split(text);
        var split = stopwatch.Elapsed.TotalMilliseconds;
        stopwatch.Restart();
        var sentences = passages.Sum(p => SentenceSplitter.Split(text, p.Start, p.End).Count);
        var sentencesTime = stopwatch.Elapsed.TotalMilliseconds;
        stopwatch.Restart();
        var dates = JapanRussia.Core.Dates.DateRecognizer.Recognize(text).Count;
        var recognise = stopwatch.Elapsed.TotalMilliseconds;
        stopwatch.Restart();
        var merged = JapanRussia.Core.Ingestion.IngestionPipeline.Extract([new SourceDocument("long.txt", "Long sentence", null, null, text, "hash")]).Events.Count;
        var pipeline = stopwatch.Elapsed.TotalMilliseconds;
        return FormattableString.Invariant($"passages {split:F1} ms, {sentences} sentences {sentencesTime:F1} ms, {dates} dates {recognise:F1} ms; with merging {pipeline:F1} ms");
    }

    private static int Extract(string text)
    {
        var document = new SourceDocument("long.txt", "Long sentence", null, null, text, "hash");
        return EventExtractor.Extract(document, PassageSplitter.Split(text)).Count;
    }
}
