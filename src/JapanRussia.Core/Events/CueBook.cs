using System.Collections.Frozen;
using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Events;

/// <summary>The cue tables of Reference/event-cues.json as fast lookups, built once.</summary>
internal static class CueBook
{
    private static readonly Lazy<Tables> LazyTables = new(() => new Tables(ReferenceData.Cues));

    public static Tables Get => LazyTables.Value;

    internal sealed class Tables(EventCues cues)
    {
        public IReadOnlyList<string[]> BackgroundLeads { get; } = Phrases(cues.BackgroundLeads);

        public IReadOnlyList<string[]> EventLeads { get; } = Phrases(cues.EventLeads);

        public IReadOnlyList<string[]> SentenceBackgroundCues { get; } = Phrases(cues.SentenceBackgroundCues);

        public IReadOnlyList<string[]> PlanWords { get; } = Phrases(cues.PlanWords);

        public FrozenSet<string> ClauseBreakWords { get; } = Set(cues.ClauseBreakWords);

        public FrozenSet<string> Subordinators { get; } = Set(cues.Subordinators);

        public FrozenSet<string> Statives { get; } = Set(cues.Statives);

        public FrozenSet<string> PassiveParticiples { get; } = Set(cues.PassiveParticiples);

        public FrozenSet<string> EventNominals { get; } = Set(cues.EventNominals);

        public FrozenDictionary<string, IReadOnlyList<string>> OccasionNouns { get; } =
            cues.OccasionNouns.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        public FrozenSet<string> ActorWords { get; } = Set(cues.ActorWords);

        public FrozenSet<string> ReportingVerbs { get; } = Set(cues.ReportingVerbs);

        public IReadOnlyList<string[]> LeadingAdverbials { get; } = Phrases(cues.LeadingAdverbials);

        public FrozenSet<string> EvaluativeVerbs { get; } = Set(cues.EvaluativeVerbs);

        public FrozenSet<string> TitleCutWords { get; } = Set(cues.TitleCutWords);

        public FrozenSet<string> TitleEndStopWords { get; } = Set(cues.TitleEndStopWords);

        public FrozenSet<string> RoleWords { get; } = Set(cues.RoleWords);

        public FrozenSet<string> VagueHappenings { get; } = Set(cues.VagueHappenings);

        public FrozenSet<string> FrontedOpeners { get; } = Set(cues.FrontedOpeners);

        public FrozenSet<string> TitleRoleWords { get; } = Set(cues.TitleRoleWords);

        public FrozenDictionary<string, string> PastToBase { get; } = cues.PastToBase.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        public FrozenSet<string> EFinalStems { get; } = Set(cues.EFinalStems);

        public FrozenSet<string> IrregularPasts { get; } = Set(cues.PastToBase.Keys);

        private static FrozenSet<string> Set(IEnumerable<string> words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

        private static List<string[]> Phrases(IEnumerable<string> phrases) =>
            phrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(p => p.Length).ToList();
    }
}
