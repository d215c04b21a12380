namespace JapanRussia.Core.Dates;

/// <summary>What a completed, worked-out or converted date was obtained from.</summary>
public enum DateAnchorKind
{
    /// <summary>Nothing: the source states the date.</summary>
    None,

    /// <summary>The document's own date (a news report's publication date).</summary>
    PublicationDate,

    /// <summary>A date earlier in the same sentence.</summary>
    SameSentence,

    /// <summary>A date in the sentence just before.</summary>
    SentenceBefore,

    /// <summary>A date in an earlier sentence of the same paragraph.</summary>
    EarlierSentence,

    /// <summary>A date in an earlier paragraph.</summary>
    EarlierParagraph,

    /// <summary>The known years of a named event ("a decade after World War II").</summary>
    KnownEvent,

    /// <summary>The Old Style (Julian) date the source gives.</summary>
    OldStyleDate,
}
