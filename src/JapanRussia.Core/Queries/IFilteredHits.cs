using JapanRussia.Core.Data;

namespace JapanRussia.Core.Queries;

/// <summary>
/// The page reader of a filter with free text, written once per provider (<see cref="FilteredHits"/> on SQLite,
/// <see cref="PostgresFilteredHits"/> on PostgreSQL): its hits counted, counted by year, or paged.
/// </summary>
internal interface IFilteredHits
{
    /// <summary>How many events match both the text and the rest of <paramref name="filter"/>.</summary>
    Task<int> CountAsync(TimelineDbContext context, EventFilter filter, string match, int? longestSpanYears, CancellationToken cancellationToken);

    /// <summary>How many of the matching events start in each year (the overview strip), in year order.</summary>
    Task<List<YearCount>> YearsAsync(TimelineDbContext context, EventFilter filter, string match, int? longestSpanYears, CancellationToken cancellationToken);

    /// <summary>One page of the matching event ids in <paramref name="sort"/> order; by rank, ties go in timeline order.</summary>
    Task<List<string>> PageAsync(
        TimelineDbContext context, EventFilter filter, string match, int? longestSpanYears, EventSort sort, int skip, int take, CancellationToken cancellationToken);
}
