namespace JapanRussia.Core.Data;

/// <summary>A stored document: what was read, when, and the hash that tells whether it changed since.</summary>
public sealed class DocumentRecord
{
    public int Id { get; set; }

    public required string FileName { get; set; }

    public required string Title { get; set; }

    public string? SourceUrl { get; set; }

    /// <summary>Who published it ("AP News"), from front matter, the page's furniture or its address; null when nothing says.</summary>
    public string? Publisher { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public required string Text { get; set; }

    public required string ContentHash { get; set; }

    public DateTimeOffset IngestedAt { get; set; }

    public List<PassageRecord> Passages { get; } = [];
}
