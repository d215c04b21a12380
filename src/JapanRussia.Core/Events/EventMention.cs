using JapanRussia.Core.Dates;
using JapanRussia.Core.Documents;

namespace JapanRussia.Core.Events;

/// <summary>
/// One dated happening as one source states it: the sentence (the evidence), the date expression in it, and what
/// the sentence says. Offsets point into the document text.
/// </summary>
/// <param name="Excerpt">The document text of <paramref name="Sentence"/>, exactly.</param>
/// <param name="Key">A content-derived key, stable while the document's sentence is unchanged; event ids derive from it.</param>
public sealed record EventMention(
    string DocumentFileName,
    int PassageOrdinal,
    TextSpan Sentence,
    string Excerpt,
    DateMention Date,
    string Title,
    IReadOnlyList<TopicMatch> Topics,
    IReadOnlyList<NamedEntity> Entities,
    string Key)
{
    /// <summary>The words of the sentence that state this happening (the whole sentence, or one clause of it).</summary>
    public string Clause { get; init; } = Excerpt;
}
