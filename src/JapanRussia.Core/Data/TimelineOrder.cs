namespace JapanRussia.Core.Data;

/// <summary>The order the timeline lists events in: by start, then end, then id (a total order, so pages never overlap).</summary>
public static class TimelineOrder
{
    public static IOrderedQueryable<EventRecord> InTimelineOrder(this IQueryable<EventRecord> events) =>
        events.OrderBy(e => e.StartDate).ThenBy(e => e.EndDate).ThenBy(e => e.Id);
}
