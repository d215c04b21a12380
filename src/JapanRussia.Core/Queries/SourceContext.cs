using System.Text.Json.Serialization;
using JapanRussia.Core.Documents;

namespace JapanRussia.Core.Queries;

/// <summary>
/// One source of an event with the paragraph around it, so a page can show the sentence in context and link to
/// the reader at that place. <see cref="Start"/>/<see cref="End"/> are offsets into the document text;
/// <see cref="PassageStart"/> is where <see cref="PassageText"/> begins in it.
/// </summary>
public sealed record SourceContext(
    string EventId,
    int DocumentId,
    string DocumentFileName,
    string DocumentTitle,
    int PassageOrdinal,
    int PassageStart,
    string PassageText,
    int Start,
    int End)
{
    /// <summary>Who published the document, when something says.</summary>
    public string? DocumentPublisher { get; init; }

    public DateOnly? DocumentPublishedOn { get; init; }

    /// <summary>How the document is cited: "AP News, 15 December 2016".</summary>
    [JsonIgnore]
    public string Citation => SourceDescription.Citation(DocumentTitle, DocumentPublisher, DocumentPublishedOn);

    /// <summary>The sentence's span relative to <see cref="PassageText"/>, clamped to it.</summary>
    [JsonIgnore]
    public (int Start, int End) SpanInPassage
    {
        get
        {
            var start = Math.Clamp(Start - PassageStart, 0, PassageText.Length);
            var end = Math.Clamp(End - PassageStart, start, PassageText.Length);
            return (start, end);
        }
    }
}
