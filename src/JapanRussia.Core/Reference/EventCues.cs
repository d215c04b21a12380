using System.Collections.Frozen;
using System.Text.Json.Serialization;

namespace JapanRussia.Core.Reference;

/// <summary>
/// The word tables (Reference/event-cues.json) that decide whether a date in a sentence dates a happening, and how
/// a headline is written. All words are lower case; a phrase is read as its words (longest phrase first), a list as a
/// case-insensitive set.
/// </summary>
public sealed record EventCues(
    [property: JsonConverter(typeof(LongestFirstPhrases))] IReadOnlyList<string[]> BackgroundLeads,
    [property: JsonConverter(typeof(LongestFirstPhrases))] IReadOnlyList<string[]> EventLeads,
    [property: JsonConverter(typeof(LongestFirstPhrases))] IReadOnlyList<string[]> SentenceBackgroundCues,
    [property: JsonConverter(typeof(LongestFirstPhrases))] IReadOnlyList<string[]> PlanWords,
    FrozenSet<string> ClauseBreakWords,
    FrozenSet<string> Subordinators,
    FrozenSet<string> Statives,
    FrozenSet<string> PassiveParticiples,
    FrozenSet<string> EventNominals,
    FrozenDictionary<string, IReadOnlyList<string>> OccasionNouns,
    FrozenSet<string> ActorWords,
    FrozenSet<string> ReportingVerbs,
    [property: JsonConverter(typeof(LongestFirstPhrases))] IReadOnlyList<string[]> LeadingAdverbials,
    FrozenSet<string> EvaluativeVerbs,
    FrozenSet<string> TitleCutWords,
    FrozenSet<string> TitleEndStopWords,
    FrozenSet<string> RoleWords,
    FrozenSet<string> VagueHappenings,
    FrozenSet<string> FrontedOpeners,
    FrozenSet<string> TitleRoleWords,
    FrozenDictionary<string, string> PastToBase,
    FrozenSet<string> EFinalStems)
{
    /// <summary>The irregular past forms: the keys of <see cref="PastToBase"/>.</summary>
    public FrozenSet<string> IrregularPasts { get; } = PastToBase.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
