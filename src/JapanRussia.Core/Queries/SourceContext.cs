using System.Text.Json.Serialization;

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
