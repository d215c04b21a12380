namespace JapanRussia.Core.Reference;

/// <summary>The word tables of Reference/headline-words.json: how a headline is written, and what makes one unreadable.</summary>
public sealed record HeadlineWords(
    IReadOnlyList<string> DatePrepositions,
    IReadOnlyList<string> PlanDatePrepositions,
    IReadOnlyList<string> StrongBoundaries,
    IReadOnlyList<string> CutBeforeAfterComma,
    IReadOnlyList<string> ClauseOpeners,
    IReadOnlyList<string> Articles,
    IReadOnlyList<string> AttributiveDeterminers,
    IReadOnlyList<string> AdverbsBeforeVerb,
    IReadOnlyList<string> SubjectTrailingAdverbs,
    IReadOnlyList<string> SubjectPrepositions,
    IReadOnlyList<string> TrimmablePrepositions,
    IReadOnlyList<string> PluralWords,
    IReadOnlyList<string> ConsequenceVerbs,
    IReadOnlyList<string> Copulas,
    IReadOnlyList<string> FramingVerbs,
    IReadOnlyList<string> VisitNouns,
    IReadOnlyList<string> TripNouns,
    IReadOnlyList<string> Pronouns,
    IReadOnlyList<string> PersonalPronouns,
    IReadOnlyList<string> Demonstratives,
    IReadOnlyList<string> TimeNouns,
    IReadOnlyList<string> DanglingDemonstratives,
    IReadOnlyList<string> QuantityWords,
    IReadOnlyList<string> ReportingPresent,
    IReadOnlyList<string> GarbledEndings);
