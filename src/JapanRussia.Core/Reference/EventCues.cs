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
