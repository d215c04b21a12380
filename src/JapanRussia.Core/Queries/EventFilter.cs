namespace JapanRussia.Core.Queries;

public enum EventSort
{
    Chronological,
    ReverseChronological,
    Relevance,
}

/// <summary>
/// What a reader asked to see: the timeline page's filters and the API's query parameters are both this record.
/// Empty lists and nulls mean "no restriction".
/// </summary>
public sealed record EventFilter
{
    public IReadOnlyList<string> Eras { get; init; } = [];

    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>A document file name: only events with a source in it.</summary>
    public string? Source { get; init; }

    public string? Person { get; init; }

    public string? Place { get; init; }

    /// <summary>First year of interest; an event counts if any part of its span reaches into [From, To].</summary>
    public int? From { get; init; }

    public int? To { get; init; }

    /// <summary>Free text over titles and source excerpts.</summary>
    public string? Text { get; init; }

    public bool IsEmpty =>
        Eras.Count == 0 && Topics.Count == 0 && Source is null && Person is null && Place is null && From is null && To is null &&
        string.IsNullOrWhiteSpace(Text);
}

/// <summary>One page of results and the total that matched.</summary>
public sealed record ResultPage<T>(int Total, int Page, int PageSize, IReadOnlyList<T> Items);

/// <summary>How many matching events start in a year (the overview strip).</summary>
public sealed record YearCount(int Year, int Count);
