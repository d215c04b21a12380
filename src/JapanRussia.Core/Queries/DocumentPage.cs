namespace JapanRussia.Core.Queries;

/// <summary>One page of the sources list: <paramref name="Page"/> of <paramref name="Pages"/>, out of <paramref name="Total"/> documents.</summary>
public sealed record DocumentPage(IReadOnlyList<DocumentSummary> Documents, int Page, int Pages, int Total);
