using JapanRussia.Core.Data;
using JapanRussia.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Queries;

/// <summary>
/// <see cref="FilteredHits"/> on PostgreSQL: the text is one more condition of <see cref="FilteredEvents"/>, answered
/// by the GIN index, and ranking joins the matches to their <c>ts_rank</c>. PostgreSQL's planner joins the lists
/// itself, so no plan has to be forced as on SQLite. PostgreSQL's <see cref="IFilteredHits"/>.
/// </summary>
internal sealed class PostgresFilteredHits : IFilteredHits
{
    public static readonly PostgresFilteredHits Instance = new();

    private PostgresFilteredHits()
    {
    }

    public Task<int> CountAsync(TimelineDbContext context, EventFilter filter, string match, int? longestSpanYears, CancellationToken cancellationToken) =>
        FilteredEvents.Of(context, filter, match, longestSpanYears).CountAsync(cancellationToken);

    public async Task<List<YearCount>> YearsAsync(TimelineDbContext context, EventFilter filter, string match, int? longestSpanYears, CancellationToken cancellationToken)
    {
        var years = await FilteredEvents.Of(context, filter, match, longestSpanYears)
            .GroupBy(e => e.StartDate.Year).Select(g => new YearCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return years.OrderBy(y => y.Year).ToList();
    }

    /// <summary>One page of the matching ids in <paramref name="sort"/> order; by rank, ties go in timeline order.</summary>
    public Task<List<string>> PageAsync(
        TimelineDbContext context, EventFilter filter, string match, int? longestSpanYears, EventSort sort, int skip, int take, CancellationToken cancellationToken)
    {
        var events = FilteredEvents.Of(context, filter, match, longestSpanYears);
        var ordered = sort switch
        {
            EventSort.Relevance =>
                from e in events
                join r in PostgresSearchIndex.Ranked(context, match) on e.Id equals r.EventId
                orderby r.Rank descending, e.StartDate, e.EndDate, e.Id
                select e.Id,
            EventSort.ReverseChronological => events.OrderByDescending(e => e.StartDate).ThenByDescending(e => e.EndDate).ThenByDescending(e => e.Id).Select(e => e.Id),
            _ => events.InTimelineOrder().Select(e => e.Id),
        };
        return ordered.Skip(skip).Take(take).ToListAsync(cancellationToken);
    }
}
