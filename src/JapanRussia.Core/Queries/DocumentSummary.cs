namespace JapanRussia.Core.Queries;

/// <summary>A row of the sources list.</summary>
public sealed record DocumentSummary(
    int Id,
    string FileName,
    string Title,
    string? SourceUrl,
    DateOnly? PublishedOn,
    int PassageCount,
    int EventCount);
