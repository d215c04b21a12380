namespace JapanRussia.Core.Documents;

/// <summary>A block of a document: its kind, its place in order, and its span [Start, End) in the document text.</summary>
public sealed record PassageSpan(int Ordinal, PassageKind Kind, int Start, int End, string Text);
