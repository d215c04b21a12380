using JapanRussia.Core.Dates;
using JapanRussia.Core.Documents;

namespace JapanRussia.Core.Events;

public enum EntityKind
{
    Person,
    Place,
}

/// <summary>A topic an event is about, with the words of the source that triggered it.</summary>
public sealed record TopicMatch(string TopicId, string Trigger);

/// <summary>A person or place named by a source, spelling variants folded to one canonical name.</summary>
public sealed record NamedEntity(EntityKind Kind, string Name);

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

/// <summary>A happening on the timeline: one or more mentions merged, dated by the most precise value they support.</summary>
/// <param name="Disagreement">Set when the sources give different dates; a sentence saying which source says what.</param>
public sealed record TimelineEvent(
    string Id,
    HistoricalDate Date,
    string Title,
    string EraId,
    IReadOnlyList<TopicMatch> Topics,
    IReadOnlyList<NamedEntity> Entities,
    IReadOnlyList<EventMention> Sources,
    string? Disagreement);
