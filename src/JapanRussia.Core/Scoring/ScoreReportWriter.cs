namespace JapanRussia.Core.Scoring;

/// <summary>Writes a score as text: the figures first, then each miss and each extra; with detail, the merge and title cases too.</summary>
public static class ScoreReportWriter
{
    public static async Task WriteAsync(ScoreReport report, TextWriter output, bool detail)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        await WriteFiguresAsync(report, output).ConfigureAwait(false);

        await output.WriteLineAsync($"\nMisses ({report.Misses.Count}): annotated happenings no event states at the annotated date").ConfigureAwait(false);
        foreach (var miss in report.Misses)
        {
            await output.WriteLineAsync($"  - {miss}").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"\nExtras ({report.Extras.Count}): cited sentences with a date no annotation supports").ConfigureAwait(false);
        foreach (var extra in report.Extras)
        {
            await output.WriteLineAsync($"  + {extra}").ConfigureAwait(false);
        }

        if (detail)
        {
            await WriteDetailAsync(report, output).ConfigureAwait(false);
        }
    }

    public static async Task WriteFiguresAsync(ScoreReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteLineAsync($"events:             {report.Events}").ConfigureAwait(false);
        await output.WriteLineAsync($"strict recall:      {report.StrictRecall}").ConfigureAwait(false);
        await output.WriteLineAsync($"citation precision: {report.CitationPrecision}").ConfigureAwait(false);
        await output.WriteLineAsync($"pairs merged:       {report.PairsMerged}").ConfigureAwait(false);
        await output.WriteLineAsync($"over-merges:        {report.OverMerges}").ConfigureAwait(false);
        await output.WriteLineAsync($"unreadable titles:  {report.UnreadableTitles}").ConfigureAwait(false);
        await output.WriteLineAsync($"territory recall:   {report.TerritoryRecall}").ConfigureAwait(false);
    }

    private static async Task WriteDetailAsync(ScoreReport report, TextWriter output)
    {
        await output.WriteLineAsync($"\nPairs not merged ({report.UnmergedPairs.Count})").ConfigureAwait(false);
        foreach (var pair in report.UnmergedPairs)
        {
            await output.WriteLineAsync($"  = {pair.First}\n    {pair.Second}").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"\nOver-merged events ({report.OverMerged.Count})").ConfigureAwait(false);
        foreach (var over in report.OverMerged)
        {
            await output.WriteLineAsync($"  ! {over.Event.Title} [{string.Join(", ", over.Groups)}]").ConfigureAwait(false);
            foreach (var mention in over.Event.Mentions)
            {
                await output.WriteLineAsync($"    {mention}").ConfigureAwait(false);
            }
        }

        await output.WriteLineAsync($"\nUnreadable titles ({report.Unreadable.Count})").ConfigureAwait(false);
        foreach (var title in report.Unreadable)
        {
            await output.WriteLineAsync($"  ? {title.Event.Title} ({title.Reason})").ConfigureAwait(false);
        }
    }
}
