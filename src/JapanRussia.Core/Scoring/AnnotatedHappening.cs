namespace JapanRussia.Core.Scoring;

/// <summary>
/// One statement of a dated happening as an annotator reads it: the document, the start (YYYY, YYYY-MM or
/// YYYY-MM-DD) at the precision the source supports, a phrase of the stating sentence, the happening's group
/// (the same across documents), whether the engine must find it, and the topics a reader would file it under.
/// </summary>
public sealed record AnnotatedHappening(
    string Document,
    string Start,
    string Precision,
    string Evidence,
    string Group,
    bool Required,
    IReadOnlyList<string> Topics)
{
    /// <summary>Same document, same start at the same precision, and the produced sentence contains the evidence.</summary>
    public bool IsStatedBy(ProducedMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return mention.Document == Document &&
            mention.Start == Start &&
            string.Equals(mention.Precision, Precision, StringComparison.OrdinalIgnoreCase) &&
            mention.Excerpt.Contains(Evidence, StringComparison.Ordinal);
    }

    public override string ToString() => $"{Document} {Start} ({Precision}) «{Evidence}» [{Group}]";
}
