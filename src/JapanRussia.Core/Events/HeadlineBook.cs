using System.Collections.Frozen;
using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Events;

/// <summary>The tables of Reference/headline-words.json as case-insensitive sets, built once.</summary>
internal static class HeadlineBook
{
    private static readonly Lazy<Tables> LazyTables = new(() => new Tables(ReferenceData.HeadlineWords));

    public static Tables Get => LazyTables.Value;

    internal sealed class Tables(HeadlineWords words)
    {
        public FrozenSet<string> DatePrepositions { get; } = Set(words.DatePrepositions);

        public FrozenSet<string> PlanDatePrepositions { get; } = Set(words.PlanDatePrepositions);

        public FrozenSet<string> StrongBoundaries { get; } = Set(words.StrongBoundaries);

        public FrozenSet<string> CutBeforeAfterComma { get; } = Set(words.CutBeforeAfterComma);

        public FrozenSet<string> ClauseOpeners { get; } = Set(words.ClauseOpeners);

        public FrozenSet<string> Articles { get; } = Set(words.Articles);

        public FrozenSet<string> AttributiveDeterminers { get; } = Set(words.AttributiveDeterminers);

        public FrozenSet<string> AdverbsBeforeVerb { get; } = Set(words.AdverbsBeforeVerb);

        public FrozenSet<string> SubjectTrailingAdverbs { get; } = Set(words.SubjectTrailingAdverbs);

        public FrozenSet<string> SubjectPrepositions { get; } = Set(words.SubjectPrepositions);

        public FrozenSet<string> TrimmablePrepositions { get; } = Set(words.TrimmablePrepositions);

        public FrozenSet<string> ComplementPrepositions { get; } = Set(words.ComplementPrepositions);

        public FrozenSet<string> PluralWords { get; } = Set(words.PluralWords);

        public FrozenSet<string> ConsequenceVerbs { get; } = Set(words.ConsequenceVerbs);

        public FrozenSet<string> Copulas { get; } = Set(words.Copulas);

        public FrozenSet<string> FramingVerbs { get; } = Set(words.FramingVerbs);

        public FrozenSet<string> VisitNouns { get; } = Set(words.VisitNouns);

        public FrozenSet<string> TripNouns { get; } = Set(words.TripNouns);

        public FrozenSet<string> Pronouns { get; } = Set(words.Pronouns);

        public FrozenSet<string> PersonalPronouns { get; } = Set(words.PersonalPronouns);

        public FrozenSet<string> PossessivePronouns { get; } = Set(words.PossessivePronouns);

        public FrozenSet<string> Demonstratives { get; } = Set(words.Demonstratives);

        public FrozenSet<string> TimeNouns { get; } = Set(words.TimeNouns);

        public FrozenSet<string> DanglingDemonstratives { get; } = Set(words.DanglingDemonstratives);

        public FrozenSet<string> QuantityWords { get; } = Set(words.QuantityWords);

        public FrozenSet<string> ReportingPresent { get; } = Set(words.ReportingPresent);

        public IReadOnlyList<string> GarbledEndings { get; } = words.GarbledEndings;

        private static FrozenSet<string> Set(IEnumerable<string> list) => list.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
