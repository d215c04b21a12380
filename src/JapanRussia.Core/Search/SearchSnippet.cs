namespace JapanRussia.Core.Search;

/// <summary>A highlighted fragment of the text that matched, for one event.</summary>
public sealed class SearchSnippet
{
    public required string EventId { get; init; }

    public required string Snippet { get; init; }
}
