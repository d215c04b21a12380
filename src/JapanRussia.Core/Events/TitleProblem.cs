namespace JapanRussia.Core.Events;

/// <summary>Why a headline cannot be understood alone.</summary>
public enum TitleProblem
{
    /// <summary>It starts with a pronoun or a demonstrative ("It hints…", "This economic cooperation…").</summary>
    UnstatedSubject,

    /// <summary>It points back at something it does not name ("…return these islands").</summary>
    DanglingReference,

    /// <summary>It ends mid-phrase ("…announces", "…four years", "…of the").</summary>
    Cut,

    /// <summary>A word is not well formed ("resurfacs").</summary>
    Garbled,

    /// <summary>It is a date, or starts with one, a dash or a list marker.</summary>
    DateOrMarker,

    /// <summary>It is longer than <see cref="TitleReadability.MaxLength"/> characters.</summary>
    TooLong,
}
