namespace JapanRussia.Core.Queries;

/// <summary>One page of results and the total that matched.</summary>
public sealed record ResultPage<T>(int Total, int Page, int PageSize, IReadOnlyList<T> Items);
