using JapanRussia.Core.Documents;

namespace JapanRussia.Core.Data;

/// <summary>A block of a document with its exact span in <see cref="DocumentRecord.Text"/>.</summary>
public sealed class PassageRecord
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public DocumentRecord Document { get; set; } = null!;

    public int Ordinal { get; set; }

    public PassageKind Kind { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public required string Text { get; set; }

    public List<EventSourceRecord> EventSources { get; } = [];
}
