namespace JapanRussia.Core.Dates;

/// <summary>
/// Says in words how a date was obtained, for the export, the API and the pages: "worked out from “on Sunday” and the
/// report's date, 21 March 2022", "completed from the sentence before, 1904: the source says “in May”", "converted
/// from Old Style 14 May 1905". A stated date needs no note (null).
/// </summary>
public static class DateProvenanceText
{
    /// <summary>The kind as the public shape spells it: stated, dual-dated, converted-from-old-style, completed, worked-out.</summary>
    public static string KindName(DateProvenanceKind kind) => kind switch
    {
        DateProvenanceKind.DualDated => "dual-dated",
        DateProvenanceKind.Converted => "converted-from-old-style",
        DateProvenanceKind.Completed => "completed",
        DateProvenanceKind.WorkedOut => "worked-out",
        _ => "stated",
    };

    /// <summary>The kind a public-shape name spells; a name this version does not know reads as stated.</summary>
    public static DateProvenanceKind KindOf(string name) =>
        Enum.GetValues<DateProvenanceKind>().FirstOrDefault(k => KindName(k) == name);

    /// <summary>The anchor as the public shape spells it: publication-date, sentence-before, known-event… (none for a stated date).</summary>
    public static string AnchorName(DateAnchorKind anchor) => anchor switch
    {
        DateAnchorKind.PublicationDate => "publication-date",
        DateAnchorKind.SameSentence => "same-sentence",
        DateAnchorKind.SentenceBefore => "sentence-before",
        DateAnchorKind.EarlierSentence => "earlier-sentence",
        DateAnchorKind.EarlierParagraph => "earlier-paragraph",
        DateAnchorKind.KnownEvent => "known-event",
        DateAnchorKind.OldStyleDate => "old-style-date",
        _ => "none",
    };

    /// <summary>One sentence on how the date was obtained; null for a date the source states in full.</summary>
    public static string? Note(DateProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        var anchorDate = provenance.AnchorDate ?? "?";
        return provenance.Kind switch
        {
            DateProvenanceKind.WorkedOut => $"worked out from “{provenance.Phrase}” and {AnchorWhat(provenance.Anchor)}, {anchorDate}",
            DateProvenanceKind.Completed => $"completed from {AnchorWhere(provenance.Anchor)}, {anchorDate}: the source says “{provenance.Phrase}”",
            DateProvenanceKind.Converted => $"converted from Old Style {anchorDate}: the source says “{provenance.Phrase}”",
            DateProvenanceKind.DualDated => $"New Style date of a dual date; the source also gives Old Style {anchorDate}: “{provenance.Phrase}”",
            _ => null,
        };
    }

    private static string AnchorWhat(DateAnchorKind anchor) => anchor switch
    {
        DateAnchorKind.PublicationDate => "the report's date",
        DateAnchorKind.SameSentence => "the date earlier in the sentence",
        DateAnchorKind.SentenceBefore => "the date in the sentence before",
        DateAnchorKind.EarlierSentence => "a date stated earlier in the paragraph",
        DateAnchorKind.EarlierParagraph => "a date in an earlier paragraph",
        DateAnchorKind.KnownEvent => "the event's year",
        _ => "another date",
    };

    private static string AnchorWhere(DateAnchorKind anchor) => anchor switch
    {
        DateAnchorKind.PublicationDate => "the report's date",
        DateAnchorKind.SameSentence => "earlier in the sentence",
        DateAnchorKind.SentenceBefore => "the sentence before",
        DateAnchorKind.EarlierSentence => "an earlier sentence",
        DateAnchorKind.EarlierParagraph => "an earlier paragraph",
        _ => "another date",
    };
}
