using JapanRussia.Core.Data;
using JapanRussia.Core.Export;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Queries;

/// <summary>Reads filtered, paged events from the store, one context per call (safe for Blazor circuits and the API alike).</summary>
public sealed class EventSearch(IDbContextFactory<TimelineDbContext> contextFactory)
{
    public const int MaxPageSize = 200;

    public async Task<ResultPage<EventDocument>> SearchAsync(
        EventFilter filter, int page = 1, int pageSize = 50, EventSort sort = EventSort.Chronological, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var query = Apply(context, filter);
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var ordered = sort == EventSort.ReverseChronological
            ? query.OrderByDescending(e => e.StartDate).ThenByDescending(e => e.EndDate).ThenByDescending(e => e.Id)
            : query.InTimelineOrder();
        var records = await ordered.Skip((page - 1) * pageSize).Take(pageSize).WithDetails().AsNoTracking()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new ResultPage<EventDocument>(total, page, pageSize, records.Select(EventDocument.From).ToList());
    }

    public async Task<IReadOnlyList<YearCount>> CountByYearAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var starts = await Apply(context, filter).Select(e => e.StartDate).ToListAsync(cancellationToken).ConfigureAwait(false);
        return starts.GroupBy(d => d.Year).Select(g => new YearCount(g.Key, g.Count())).OrderBy(c => c.Year).ToList();
    }

    private static IQueryable<EventRecord> Apply(TimelineDbContext context, EventFilter filter)
    {
        var query = context.Events.AsNoTracking();
        if (filter.Eras.Count > 0)
        {
            var eras = filter.Eras.ToList();
            query = query.Where(e => eras.Contains(e.EraId));
        }

        foreach (var topic in filter.Topics)
        {
            query = query.Where(e => e.Topics.Any(t => t.TopicId == topic));
        }

        if (!string.IsNullOrWhiteSpace(filter.Source))
        {
            var source = filter.Source;
            query = query.Where(e => e.Sources.Any(s => s.Passage.Document.FileName == source));
        }

        if (!string.IsNullOrWhiteSpace(filter.Person))
        {
            var person = filter.Person;
            query = query.Where(e => e.Entities.Any(x => x.Kind == Events.EntityKind.Person && x.Name == person));
        }

        if (!string.IsNullOrWhiteSpace(filter.Place))
        {
            var place = filter.Place;
            query = query.Where(e => e.Entities.Any(x => x.Kind == Events.EntityKind.Place && x.Name == place));
        }

        if (filter.From is { } from)
        {
            var first = new DateOnly(Math.Clamp(from, 1, 9999), 1, 1);
            query = query.Where(e => e.EndDate >= first);
        }

        if (filter.To is { } to)
        {
            var last = new DateOnly(Math.Clamp(to, 1, 9999), 12, 31);
            query = query.Where(e => e.StartDate <= last);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            // A substring match with LIKE wildcards escaped; full-text search (FTS5) is to replace it.
            var pattern = "%" + EscapeLike(filter.Text.Trim()) + "%";
            query = query.Where(e => EF.Functions.Like(e.Title, pattern, "\\") || e.Sources.Any(s => EF.Functions.Like(s.Excerpt, pattern, "\\")));
        }

        return query;
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
