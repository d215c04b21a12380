namespace JapanRussia.Core.Queries;

/// <summary>The orders a list of events can be read in.</summary>
public enum EventSort
{
    Chronological,
    ReverseChronological,
    Relevance,
}
