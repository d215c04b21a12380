using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Data;

/// <summary>Shared read paths over the store.</summary>
public static class EventQueries
{
    /// <summary>Events with everything the public shape needs, in timeline order.</summary>
    public static IQueryable<EventRecord> WithDetails(this IQueryable<EventRecord> events) =>
        events
            .Include(e => e.Sources).ThenInclude(s => s.Passage).ThenInclude(p => p.Document)
            .Include(e => e.Topics)
            .Include(e => e.Entities)
            .AsSplitQuery();

    public static IOrderedQueryable<EventRecord> InTimelineOrder(this IQueryable<EventRecord> events) =>
        events.OrderBy(e => e.StartDate).ThenBy(e => e.EndDate).ThenBy(e => e.Id);
}
