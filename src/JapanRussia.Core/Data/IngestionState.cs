namespace JapanRussia.Core.Data;

/// <summary>Bookkeeping: a counter bumped by each ingestion that changes anything (ETags hang off it).</summary>
public sealed class IngestionState
{
    public int Id { get; set; }

    public long Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Identifies the extraction code and reference data that produced the stored events; a change re-extracts everything.</summary>
    public string? ExtractionSignature { get; set; }
}
