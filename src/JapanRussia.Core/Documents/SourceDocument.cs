namespace JapanRussia.Core.Documents;

/// <summary>A document as read from the seeds folder: metadata from front matter (or the first line) and the body text.</summary>
/// <param name="FileName">The file's name within the seeds folder; the document's identity.</param>
/// <param name="Text">The body as stored: front matter removed, line ends normalised to LF. Every offset points into this.</param>
/// <param name="ContentHash">SHA-256 of the file's raw bytes, to tell a changed document from an unchanged one.</param>
public sealed record SourceDocument(
    string FileName,
    string Title,
    Uri? SourceUrl,
    DateOnly? PublishedOn,
    string Text,
    string ContentHash)
{
    /// <summary>Who published it, from front matter, the page's own furniture or its address; null when nothing says.</summary>
    public string? Publisher { get; init; }
}
