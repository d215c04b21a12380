using System.Text.Json.Serialization;
using JapanRussia.Core.Documents;
using JapanRussia.Core.Export;

namespace JapanRussia.Web.Api;

/// <summary>A source document: its text as stored, its passages, and the events found in it.</summary>
public sealed record SourceDetail(
    int Id,
    string Document,
    string Title,
    string? SourceUrl,
    DateOnly? Published,
    string Text,
    IReadOnlyList<PassageView> Passages,
    IReadOnlyList<EventDocument> Events)
{
    /// <summary>Who published the document; absent when nothing says.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Publisher { get; init; }

    /// <summary>How the document is cited: "AP News, 15 December 2016".</summary>
    public string Citation => SourceDescription.Citation(Title, Publisher, Published);
}
