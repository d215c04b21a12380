namespace JapanRussia.Core.Queries;

/// <summary>An event found in a document, with the first place the document states it.</summary>
public sealed record DocumentEvent(string EventId, string Label, string Title, string Era, int PassageOrdinal, int Start, int End);
