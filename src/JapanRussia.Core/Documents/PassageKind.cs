namespace JapanRussia.Core.Documents;

public enum PassageKind
{
    Paragraph,
    ListItem,
    Heading,
    Caption,
}

/// <summary>A block of a document: its kind, its place in order, and its span [Start, End) in the document text.</summary>
public sealed record PassageSpan(int Ordinal, PassageKind Kind, int Start, int End, string Text);

/// <summary>A sentence's span [Start, End) in the document text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int start, int end) => start >= Start && end <= End;
}
