using JapanRussia.Core.Documents;

namespace JapanRussia.Core.Queries;

/// <summary>A row of the sources list.</summary>
public sealed record DocumentSummary(
    int Id,
    string FileName,
    string Title,
    string? SourceUrl,
    DateOnly? PublishedOn,
    int PassageCount,
    int EventCount)
{
    /// <summary>Who published the document, when something says ("AP News").</summary>
    public string? Publisher { get; init; }

    /// <summary>How the document is cited: "AP News, 15 December 2016".</summary>
    public string Citation => SourceDescription.Citation(Title, Publisher, PublishedOn);
}
