using JapanRussia.Core.Dates;

namespace JapanRussia.Core.Events;

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
