using JapanRussia.Core.Dates;
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

    /// <summary>
    /// The events as <see cref="EventRow"/>s: the columns the public shape needs and nothing more (including a document
    /// would load its whole text once per source), one query per collection.
    /// </summary>
    public static IQueryable<EventRow> SelectRows(this IQueryable<EventRecord> events) =>
        events
            .AsNoTracking()
            .Select(e => new EventRow(
                e.Id,
                e.StartDate,
                e.EndDate,
                e.Precision,
                e.Qualifier,
                e.Label,
                e.Title,
                e.EraId,
                e.Disagreement,
                e.Sources
                    .Select(s => new EventSourceRow(s.Passage.Document.FileName, s.Passage.Document.Title, s.Passage.Ordinal, s.Start, s.End, s.Excerpt)
                    {
                        Date = new HistoricalDate(s.StartDate, s.EndDate, s.Precision, s.Qualifier, s.Label),
                        Provenance = new DateProvenance(s.DateProvenance, s.DatePhrase, s.DateAnchor, s.DateAnchorDate),
                        DocumentPublisher = s.Passage.Document.Publisher,
                        DocumentPublishedOn = s.Passage.Document.PublishedOn,
                    })
                    .ToList(),
                e.Topics.Select(t => t.TopicId).ToList(),
                e.Entities.Select(x => new EventEntityRow(x.Kind, x.Name)).ToList())
            {
                DateProvenance = e.DateProvenance,
                DateNote = e.DateNote,
            })
            .AsSplitQuery();

    public static IOrderedQueryable<EventRecord> InTimelineOrder(this IQueryable<EventRecord> events) =>
        events.OrderBy(e => e.StartDate).ThenBy(e => e.EndDate).ThenBy(e => e.Id);
}
