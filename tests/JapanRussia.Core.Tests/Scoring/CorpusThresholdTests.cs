using JapanRussia.Core.Scoring;
using JapanRussia.Core.Tests.Events;
using Xunit.Abstractions;

namespace JapanRussia.Core.Tests.Scoring;

/// <summary>
/// The score of the real engine on the seeds and on the held-out test split, held at least at the figures measured
/// when the corpus was made (a ratchet: raise a floor when the engine gets better, never lower it). The issue's
/// targets are written beside each floor. The test split prints and asserts aggregate figures only: its errors
/// are read at the end, not tuned against.
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
