using JapanRussia.Core.Data;

namespace JapanRussia.Core.Queries;

/// <summary>
/// A page in time order found by walking the timeline index and probing each event for the other filters, where the
/// provider's planner would not (SQLite: <see cref="SqliteTimelineWalk"/>; PostgreSQL has none, its planner joins the
/// lists itself). Used when <see cref="MatchingEvents"/> judges the page near.
/// </summary>
internal interface ITimelineWalk
{
    /// <summary>The ids of the page, in <paramref name="sort"/> order.</summary>
    Task<List<string>> PageAsync(
        TimelineDbContext context, EventFilter filter, string? match, int? longestSpanYears, EventSort sort, int skip, int take, CancellationToken cancellationToken);
}
