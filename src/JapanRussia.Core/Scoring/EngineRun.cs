using JapanRussia.Core.Ingestion;

namespace JapanRussia.Core.Scoring;

/// <summary>What the engine makes of a documents folder, through the ingestion pipeline's own read and extraction.</summary>
public sealed record EngineRun(IReadOnlyList<string> Documents, IReadOnlyList<ProducedEvent> Events, IReadOnlyList<string> Failures)
{
    public static async Task<EngineRun> OfFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        var contents = await SeedFolderReader.ReadAsync(folder, cancellationToken).ConfigureAwait(false);
        var extraction = IngestionPipeline.Extract(contents.Documents);
        var events = extraction.Events
            .Select(e => new ProducedEvent(
                e.Id,
                e.Title,
                e.Topics.Select(t => t.TopicId).ToList(),
                e.Sources.Select(s => new ProducedMention(s.DocumentFileName, s.Date.Date.StartText, s.Date.Date.Precision.ToString(), s.Excerpt)).ToList()))
            .ToList();
        return new EngineRun(
            contents.Documents.Select(d => d.FileName).ToList(),
            events,
            contents.Failures.Select(f => $"{f.FileName}: {f.Reason}").ToList());
    }
}
