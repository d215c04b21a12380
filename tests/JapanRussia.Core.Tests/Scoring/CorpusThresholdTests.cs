using JapanRussia.Core.Scoring;
using JapanRussia.Core.Tests.Events;
using Xunit.Abstractions;

namespace JapanRussia.Core.Tests.Scoring;

/// <summary>
/// The score of the real engine on the seeds and on the held-out test and holdout splits, held at least at the figures
/// measured when each was made (a ratchet: raise a floor when the engine gets better, never lower it). The issue's
/// targets are written beside each floor. The test and holdout splits print and assert aggregate figures only: their
/// errors are read at the end, not tuned against. The holdout split (session 6) was collected and annotated after the
/// test split had been looked at, so it is the blind one: nobody reads its misses.
/// </summary>
public sealed class CorpusThresholdTests(ITestOutputHelper output)
{
    /// <summary>The targets for the seeds and for the held-out splits.</summary>
    private static readonly Floors SeedTargets = new(0.95, 0.95, 0.90, 0.02, 0.02);
    private static readonly Floors SplitTargets = new(0.90, 0.90, 0.80, 0.02, 0.02);

    [Fact]
    public async Task SeedsScoreAtLeastTheirRatchet()
    {
        var report = await ScoreAsync(Path.Combine(Annotations.RepositoryRoot(), "seeds"), Annotations.TestData("seed-annotations.tsv"));

        AssertAtLeast(report, "seed", new Floors(0.99, 0.99, 0.99, 0.06, 0.02), SeedTargets);
    }

    [Fact]
    public async Task HeldOutTestSplitScoresAtLeastItsRatchet()
    {
        var report = await ScoreSplitAsync("test");

        // Pairs merged lowered once, from 0.13 (7/50), in session 4 (5/50); raised again to 0.21 when heads of a kind on a happening's day merged (11/50).
        AssertAtLeast(report, "test", new Floors(0.59, 0.75, 0.21, 0.02, 0.05), SplitTargets);
    }

    [Fact]
    public async Task BlindHoldoutSplitScoresAtLeastItsRatchet()
    {
        var report = await ScoreSplitAsync("holdout");

        // Floors set a little below the one measurement on main at a99c752 (2026-12-06): recall 0.351 (46/131),
        // precision 0.692 (45/65), pairs 0.051 (2/39), over-merges 0/4, unreadable titles 0.111 (8/72).
        AssertAtLeast(report, "holdout", new Floors(0.33, 0.66, 0.04, 0.02, 0.12), SplitTargets);
    }

    private static void AssertAtLeast(ScoreReport report, string corpus, Floors ratchet, Floors target)
    {
        Assert.True(report.StrictRecall.Value >= ratchet.Recall, $"{corpus} strict recall {report.StrictRecall} (ratchet {ratchet.Recall}, target {target.Recall})");
        Assert.True(report.CitationPrecision.Value >= ratchet.Precision, $"{corpus} citation precision {report.CitationPrecision} (ratchet {ratchet.Precision}, target {target.Precision})");
        Assert.True(report.PairsMerged.Value >= ratchet.Pairs, $"{corpus} pairs merged {report.PairsMerged} (ratchet {ratchet.Pairs}, target {target.Pairs})");
        Assert.True(report.OverMerges.Value <= ratchet.OverMerges, $"{corpus} over-merges {report.OverMerges} (ratchet {ratchet.OverMerges}, target {target.OverMerges})");
        Assert.True(report.UnreadableTitles.Value <= ratchet.UnreadableTitles, $"{corpus} unreadable titles {report.UnreadableTitles} (ratchet {ratchet.UnreadableTitles}, target {target.UnreadableTitles})");
    }

    private Task<ScoreReport> ScoreSplitAsync(string split) =>
        ScoreAsync(Annotations.TestData(Path.Combine("corpus", split)), Annotations.TestData(Path.Combine("corpus", $"{split}-events.tsv")));

    private async Task<ScoreReport> ScoreAsync(string folder, string annotationFile)
    {
        var run = await EngineRun.OfFolderAsync(folder);
        var report = CorpusScorer.Score(run.Documents, AnnotationTable.Read(annotationFile), run.Events);
        using var figures = new StringWriter();
        await ScoreReportWriter.WriteFiguresAsync(report, figures);
        output.WriteLine(figures.ToString());
        return report;
    }

    /// <summary>Lowest recall, precision and pairs merged; highest over-merges and unreadable titles.</summary>
    private sealed record Floors(double Recall, double Precision, double Pairs, double OverMerges, double UnreadableTitles);
}
