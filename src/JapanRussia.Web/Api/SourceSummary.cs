using System.Text.Json.Serialization;
using JapanRussia.Core.Documents;

namespace JapanRussia.Web.Api;

/// <summary>A source document in the list: <c>document</c> is the file name that events' sources name.</summary>
public sealed record SourceSummary(int Id, string Document, string Title, string? SourceUrl, DateOnly? Published, int Passages, int Events)
{
    /// <summary>Who published the document ("AP News"), from front matter, the page's furniture or its address; absent when nothing says.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Publisher { get; init; }

    /// <summary>How the document is cited: "AP News, 15 December 2016" (the title stands in for a missing publisher).</summary>
    public string Citation => SourceDescription.Citation(Title, Publisher, Published);
}
