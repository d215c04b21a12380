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

    public static FrozenSet<string> Weekdays { get; } = Set(Cues.Weekdays);

    private static FrozenSet<string> Set(IEnumerable<string> words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
