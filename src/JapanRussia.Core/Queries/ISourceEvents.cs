using JapanRussia.Core.Data;

namespace JapanRussia.Core.Queries;

/// <summary>
/// A filter with sources and no free text, read from the sources' events outward, where the provider's planner would
/// build every other filter's list first (SQLite: <see cref="SqliteSourceEvents"/>; PostgreSQL has none).
/// </summary>
internal interface ISourceEvents
{
    /// <summary>How many events match.</summary>
    Task<int> CountAsync(TimelineDbContext context, EventFilter filter, int? longestSpanYears, CancellationToken cancellationToken);

    /// <summary>How many matching events start in each year, in year order.</summary>
    Task<List<YearCount>> YearsAsync(TimelineDbContext context, EventFilter filter, int? longestSpanYears, CancellationToken cancellationToken);

    /// <summary>The ids of the page, in <paramref name="sort"/> order.</summary>
    Task<List<string>> PageAsync(
        TimelineDbContext context, EventFilter filter, int? longestSpanYears, EventSort sort, int skip, int take, CancellationToken cancellationToken);
}
