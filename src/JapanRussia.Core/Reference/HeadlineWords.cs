using System.Collections.Frozen;

namespace JapanRussia.Core.Reference;

/// <summary>
/// The word tables of Reference/headline-words.json: how a headline is written, and what makes one unreadable. Each list
/// but the endings is read as a case-insensitive set.
/// </summary>
public sealed record HeadlineWords(
    FrozenSet<string> DatePrepositions,
    FrozenSet<string> PlanDatePrepositions,
    FrozenSet<string> StrongBoundaries,
    FrozenSet<string> CutBeforeAfterComma,
    FrozenSet<string> ClauseOpeners,
    FrozenSet<string> Articles,
    FrozenSet<string> AttributiveDeterminers,
    FrozenSet<string> AdverbsBeforeVerb,
    FrozenSet<string> SubjectTrailingAdverbs,
    FrozenSet<string> SubjectPrepositions,
    FrozenSet<string> TrimmablePrepositions,
    FrozenSet<string> ComplementPrepositions,
    FrozenSet<string> PluralWords,
    FrozenSet<string> ConsequenceVerbs,
    FrozenSet<string> Copulas,
    FrozenSet<string> FramingVerbs,
    FrozenSet<string> VisitNouns,
    FrozenSet<string> TripNouns,
    FrozenSet<string> Pronouns,
    FrozenSet<string> PersonalPronouns,
    FrozenSet<string> PossessivePronouns,
    FrozenSet<string> Demonstratives,
    FrozenSet<string> TimeNouns,
    FrozenSet<string> DanglingDemonstratives,
    FrozenSet<string> QuantityWords,
    FrozenSet<string> ReportingPresent,
    IReadOnlyList<string> GarbledEndings);
