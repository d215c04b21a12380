namespace JapanRussia.Core.Search;

/// <summary>One of the best hits by rank: its row in the index, and its event (null if the row has none) with the dates that break ties.</summary>
public sealed class RankedHit
{
    public long Row { get; init; }

    public double Rank { get; init; }

    public string? EventId { get; init; }

    public DateOnly StartDate { get; init; }

    public DateOnly EndDate { get; init; }
}
