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
    [Fact]
    public async Task SeedsScoreAtLeastTheirRatchet()
    {
        var report = await ScoreAsync(Path.Combine(Annotations.RepositoryRoot(), "seeds"), Annotations.TestData("seed-annotations.tsv"));

        Assert.True(report.StrictRecall.Value >= 0.99, $"seed strict recall {report.StrictRecall} (ratchet 0.99, target 0.95)");
        Assert.True(report.CitationPrecision.Value >= 0.99, $"seed citation precision {report.CitationPrecision} (ratchet 0.99, target 0.95)");
        Assert.True(report.PairsMerged.Value >= 0.99, $"seed pairs merged {report.PairsMerged} (ratchet 0.99, target 0.90)");
        Assert.True(report.OverMerges.Value <= 0.06, $"seed over-merges {report.OverMerges} (ratchet 0.06, target 0.02)");
        Assert.True(report.UnreadableTitles.Value <= 0.02, $"seed unreadable titles {report.UnreadableTitles} (ratchet 0.02, target 0.02)");
    }

    [Fact]
    public async Task HeldOutTestSplitScoresAtLeastItsRatchet()
    {
        var report = await ScoreAsync(Annotations.TestData(Path.Combine("corpus", "test")), Annotations.TestData(Path.Combine("corpus", "test-events.tsv")));

        Assert.True(report.StrictRecall.Value >= 0.59, $"test strict recall {report.StrictRecall} (ratchet 0.59, target 0.90)");
        Assert.True(report.CitationPrecision.Value >= 0.75, $"test citation precision {report.CitationPrecision} (ratchet 0.75, target 0.90)");
        // Lowered once, from 0.13 (7/50), in session 4 (5/50); raised again to 0.21 when heads of a kind on a happening's day merged (11/50).
        Assert.True(report.PairsMerged.Value >= 0.21, $"test pairs merged {report.PairsMerged} (ratchet 0.21, target 0.80)");
        Assert.True(report.OverMerges.Value <= 0.02, $"test over-merges {report.OverMerges} (ratchet 0.02, target 0.02)");
        Assert.True(report.UnreadableTitles.Value <= 0.05, $"test unreadable titles {report.UnreadableTitles} (ratchet 0.05, target 0.02)");
    }

    [Fact]
    public async Task BlindHoldoutSplitScoresAtLeastItsRatchet()
    {
        // Floors set a little below the one measurement on main at a99c752 (2026-12-06): recall 0.351 (46/131),
        // precision 0.692 (45/65), pairs 0.051 (2/39), over-merges 0/4, unreadable titles 0.111 (8/72).
        var report = await ScoreAsync(Annotations.TestData(Path.Combine("corpus", "holdout")), Annotations.TestData(Path.Combine("corpus", "holdout-events.tsv")));

        Assert.True(report.StrictRecall.Value >= 0.33, $"holdout strict recall {report.StrictRecall} (ratchet 0.33, target 0.90)");
        Assert.True(report.CitationPrecision.Value >= 0.66, $"holdout citation precision {report.CitationPrecision} (ratchet 0.66, target 0.90)");
        Assert.True(report.PairsMerged.Value >= 0.04, $"holdout pairs merged {report.PairsMerged} (ratchet 0.04, target 0.80)");
        Assert.True(report.OverMerges.Value <= 0.02, $"holdout over-merges {report.OverMerges} (ratchet 0.02, target 0.02)");
        Assert.True(report.UnreadableTitles.Value <= 0.12, $"holdout unreadable titles {report.UnreadableTitles} (ratchet 0.12, target 0.02)");
    }

    private async Task<ScoreReport> ScoreAsync(string folder, string annotationFile)
    {
        var run = await EngineRun.OfFolderAsync(folder);
        var report = CorpusScorer.Score(run.Documents, AnnotationTable.Read(annotationFile), run.Events);
        using var figures = new StringWriter();
        await ScoreReportWriter.WriteFiguresAsync(report, figures);
        output.WriteLine(figures.ToString());
        return report;
    }
}
