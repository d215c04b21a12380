using JapanRussia.Core.Data;
using JapanRussia.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Queries;

/// <summary>Everything the filter panel offers, each value with how many events carry it.</summary>
internal static class FacetCounts
{
    public static async Task<TimelineFacets> ReadAsync(TimelineDbContext context, CancellationToken cancellationToken)
    {
        var eras = await context.Eras.AsNoTracking().OrderBy(e => e.SortOrder)
            .Select(e => new EraInfo(e.Id, e.Name, e.StartYear, e.EndYear, e.Color))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var topicCounts = await context.EventTopics.AsNoTracking().GroupBy(t => t.TopicId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var topics = (await context.Topics.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(t => new FacetValue(t.Id, t.Name, topicCounts.GetValueOrDefault(t.Id)))
            .ToList();

        var documents = await context.Documents.AsNoTracking()
            .Select(d => new
            {
                d.FileName,
                d.Title,
                Count = context.EventSources.Where(s => s.Passage.DocumentId == d.Id).Select(s => s.EventId).Distinct().Count(),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var entities = await context.EventEntities.AsNoTracking().GroupBy(e => new { e.Kind, e.Name })
            .Select(g => new { g.Key.Kind, g.Key.Name, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        return new TimelineFacets(
            eras,
            topics,
            documents.OrderBy(d => d.Title, StringComparer.CurrentCulture).Select(d => new FacetValue(d.FileName, d.Title, d.Count)).ToList(),
            Facet(entities.Where(e => e.Kind == EntityKind.Person).Select(e => (e.Name, e.Count))),
            Facet(entities.Where(e => e.Kind == EntityKind.Place).Select(e => (e.Name, e.Count))));
    }

    private static List<FacetValue> Facet(IEnumerable<(string Name, int Count)> values) =>
        values.OrderBy(v => v.Name, StringComparer.CurrentCulture).Select(v => new FacetValue(v.Name, v.Name, v.Count)).ToList();
}
