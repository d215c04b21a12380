using JapanRussia.Core.Data;

namespace JapanRussia.Core.Queries;

/// <summary>SQLite's <see cref="ISourceEvents"/>: <see cref="SqliteSourceEvents"/>, which keeps its SQL to itself.</summary>
internal sealed class SqliteSourceEventsSeam : ISourceEvents
{
    public static readonly SqliteSourceEventsSeam Instance = new();

    private SqliteSourceEventsSeam()
    {
    }

    public Task<int> CountAsync(TimelineDbContext context, EventFilter filter, int? longestSpanYears, CancellationToken cancellationToken) =>
        SqliteSourceEvents.CountAsync(context, filter, longestSpanYears, cancellationToken);

    public Task<List<YearCount>> YearsAsync(TimelineDbContext context, EventFilter filter, int? longestSpanYears, CancellationToken cancellationToken) =>
        SqliteSourceEvents.YearsAsync(context, filter, longestSpanYears, cancellationToken);

    public Task<List<string>> PageAsync(
        TimelineDbContext context, EventFilter filter, int? longestSpanYears, EventSort sort, int skip, int take, CancellationToken cancellationToken) =>
        SqliteSourceEvents.PageAsync(context, filter, longestSpanYears, sort, skip, take, cancellationToken);
}
