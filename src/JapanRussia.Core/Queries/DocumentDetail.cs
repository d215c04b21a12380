namespace JapanRussia.Core.Queries;

/// <summary>A document for the reader: its passages in order and the events found in it.</summary>
public sealed record DocumentDetail(
    DocumentSummary Summary,
    IReadOnlyList<DocumentPassage> Passages,
    IReadOnlyList<DocumentEvent> Events);
