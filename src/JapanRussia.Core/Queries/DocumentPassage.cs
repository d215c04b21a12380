using JapanRussia.Core.Documents;

namespace JapanRussia.Core.Queries;

/// <summary>A paragraph (or heading, list item, caption) of a document, with its span in the document text.</summary>
public sealed record DocumentPassage(int Ordinal, PassageKind Kind, int Start, int End, string Text);
