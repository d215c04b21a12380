using Microsoft.Extensions.Logging;

namespace JapanRussia.Core.Ingestion;

internal static partial class IngestionLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped {FileName}: {Reason}")]
    public static partial void Skipped(ILogger logger, string fileName, string reason);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Ingested {Folder}: {Documents} documents ({Added} added, {Updated} updated, {Removed} removed, {Unchanged} unchanged, {Failed} failed), {Passages} passages, {Events} events ({Merged} merged across documents; {Written} written, {Deleted} deleted) in {ElapsedMs} ms")]
    private static partial void Summary(
        ILogger logger, string folder, int documents, int added, int updated, int removed, int unchanged, int failed,
        int passages, int events, int merged, int written, int deleted, long elapsedMs);

    public static void Summary(ILogger logger, string folder, IngestionReport report) =>
        Summary(logger, folder, report.DocumentsRead, report.Added, report.Updated, report.Removed, report.Unchanged, report.Failures.Count,
            report.Passages, report.Events, report.MergedEvents, report.EventsWritten, report.EventsDeleted, (long)report.Elapsed.TotalMilliseconds);
}
