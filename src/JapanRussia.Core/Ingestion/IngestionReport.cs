namespace JapanRussia.Core.Ingestion;

/// <summary>What one ingestion run did.</summary>
public sealed record IngestionReport(
    int DocumentsRead,
    int Unchanged,
    int Added,
    int Updated,
    int Removed,
    IReadOnlyList<DocumentFailure> Failures,
    int Passages,
    int Events,
    int MergedEvents,
    int EventsWritten,
    int EventsDeleted,
    long Version,
    TimeSpan Elapsed)
{
    /// <summary>True when there were documents to read and none of them could be.</summary>
    public bool NothingIngested => Failures.Count > 0 && DocumentsRead == Failures.Count;
}
