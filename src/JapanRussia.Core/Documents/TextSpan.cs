namespace JapanRussia.Core.Documents;

/// <summary>A sentence's span [Start, End) in the document text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int start, int end) => start >= Start && end <= End;
}
