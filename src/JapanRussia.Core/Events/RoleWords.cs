using System.Collections.Frozen;
using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Events;

/// <summary>The closed-class word sets of Reference/role-cues.json as fast case-insensitive lookups, built once.</summary>
internal static class RoleWords
{
    private static readonly RoleCues Cues = ReferenceData.RoleCues;

    public static FrozenSet<string> Determiners { get; } = Set(Cues.Determiners);

    public static FrozenSet<string> Prepositions { get; } = Set(Cues.Prepositions);

    public static FrozenSet<string> FunctionWords { get; } = Set(Cues.FunctionWords);

    public static FrozenSet<string> DatePhraseNouns { get; } = Set(Cues.DatePhraseNouns);

    public static FrozenSet<string> QualifierWords { get; } = Set(Cues.QualifierWords);

    public static FrozenSet<string> CountingWords { get; } = Set(Cues.CountingWords);

    public static FrozenSet<string> BeVerbs { get; } = Set(Cues.BeVerbs);

    public static FrozenSet<string> OccasionVerbs { get; } = Set(Cues.OccasionVerbs);

    public static IReadOnlyList<string[]> QuantityVerbs { get; } = Phrases(Cues.QuantityVerbs);

    public static FrozenSet<string> AmountHedges { get; } = Set(Cues.AmountHedges);

    public static FrozenSet<string> FutureModals { get; } = Set(Cues.FutureModals);

    public static FrozenSet<string> PastBeVerbs { get; } = Set(Cues.PastBeVerbs);

    public static FrozenSet<string> RelativePronouns { get; } = Set(Cues.RelativePronouns);

    public static IReadOnlyList<string[]> ContinuingWords { get; } = Phrases(Cues.ContinuingWords);

    public static IReadOnlyList<string[]> OtherTimeWords { get; } = Phrases(Cues.OtherTimeWords);

    private static List<string[]> Phrases(IEnumerable<string> phrases) => phrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

    private static FrozenSet<string> Set(IEnumerable<string> words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
