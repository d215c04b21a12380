using JapanRussia.Core.Data;

namespace JapanRussia.Core.Queries;

/// <summary>SQLite's <see cref="ITimelineWalk"/>: <see cref="SqliteTimelineWalk"/>, which keeps its plan-forcing SQL to itself.</summary>
internal sealed class SqliteTimelineWalkSeam : ITimelineWalk
{
    public static readonly SqliteTimelineWalkSeam Instance = new();

    private SqliteTimelineWalkSeam()
    {
    }

    public Task<List<string>> PageAsync(
        TimelineDbContext context, EventFilter filter, string? match, int? longestSpanYears, EventSort sort, int skip, int take, CancellationToken cancellationToken) =>
        SqliteTimelineWalk.PageAsync(context, filter, match, longestSpanYears, sort, skip, take, cancellationToken);
}
