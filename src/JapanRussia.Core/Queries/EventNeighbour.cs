namespace JapanRussia.Core.Queries;

/// <summary>An event's neighbour in timeline order (for previous/next links).</summary>
public sealed record EventNeighbour(string Id, string Label, string Title);
