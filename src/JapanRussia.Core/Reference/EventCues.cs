namespace JapanRussia.Core.Reference;

/// <summary>
/// The word tables (Reference/event-cues.json) that decide whether a date in a sentence dates a happening, and how
/// a headline is written. All words are lower case.
/// </summary>
public sealed record EventCues(
    IReadOnlyList<string> BackgroundLeads,
    IReadOnlyList<string> EventLeads,
    IReadOnlyList<string> SentenceBackgroundCues,
    IReadOnlyList<string> PlanWords,
    IReadOnlyList<string> ClauseBreakWords,
    IReadOnlyList<string> Subordinators,
    IReadOnlyList<string> Statives,
    IReadOnlyList<string> PassiveParticiples,
    IReadOnlyList<string> EventNominals,
    IReadOnlyDictionary<string, IReadOnlyList<string>> OccasionNouns,
    IReadOnlyList<string> ActorWords,
    IReadOnlyList<string> ReportingVerbs,
    IReadOnlyList<string> LeadingAdverbials,
    IReadOnlyList<string> EvaluativeVerbs,
    IReadOnlyList<string> TitleCutWords,
    IReadOnlyList<string> TitleEndStopWords,
    IReadOnlyList<string> RoleWords,
    IReadOnlyList<string> VagueHappenings,
    IReadOnlyList<string> FrontedOpeners,
    IReadOnlyList<string> TitleRoleWords,
    IReadOnlyDictionary<string, string> PastToBase,
    IReadOnlyList<string> EFinalStems);

/// <summary>A person or place of the gazetteer (Reference/gazetteer.json) and the spellings that name it.</summary>
/// <param name="Ambiguous">Spellings shared with another entry, accepted only for events dated within <paramref name="Years"/>.</param>
public sealed record GazetteerEntry(string Name, string Kind, IReadOnlyList<string> Variants, IReadOnlyList<string>? Ambiguous, IReadOnlyList<int>? Years);

/// <summary>
/// What the merger ignores, which words name the same kind of happening, and the acts of a document's life
/// (drafted, signed, ratified…) that are different happenings even on one day (Reference/merge-terms.json).
/// </summary>
public sealed record MergeTerms(
    IReadOnlyList<string> StopWords,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Concepts,
    IReadOnlyList<string> NamedModifiers,
    IReadOnlyList<string> NamedHeads,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Acts,
    IReadOnlyList<string> LifecycleActs);
