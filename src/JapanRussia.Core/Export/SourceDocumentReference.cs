using System.Text.Json.Serialization;
using JapanRussia.Core.Dates;

namespace JapanRussia.Core.Export;

/// <summary>One source of an event: <c>text[Start..End] == Excerpt</c> in the named document's stored text, and the date as it gives it.</summary>
public sealed record SourceDocumentReference(
    string Document,
    string DocumentTitle,
    int Passage,
    int Start,
    int End,
    string Excerpt)
{
    /// <summary>The date as this source gives it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SourceDate? Date { get; init; }

    /// <summary>How this source's date was obtained: stated, dual-dated, converted-from-old-style, completed or worked-out.</summary>
    public string DateProvenance { get; init; } = DateProvenanceText.KindName(DateProvenanceKind.Stated);

    /// <summary>What a date the source did not state in full was obtained from; absent for a stated date.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateDerivation? DerivedFrom { get; init; }

    /// <summary>How the date was obtained, in words; absent for a stated date.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DateNote { get; init; }

    /// <summary>Who published the document ("AP News"); absent when nothing says.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Publisher { get; init; }

    /// <summary>When the document was published (yyyy-MM-dd); absent when nothing says.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Published { get; init; }

    /// <summary>How the document is cited: "AP News, 15 December 2016" (the title stands in for a missing publisher).</summary>
    public string Citation { get; init; } = string.Empty;
}
