namespace JapanRussia.Core.Search;

/// <summary>An event's full-text rank (higher is better).</summary>
public sealed class RankedEvent
{
    public required string EventId { get; init; }

    public float Rank { get; init; }
}
