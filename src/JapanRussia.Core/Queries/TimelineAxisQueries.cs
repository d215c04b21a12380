using System.Text.Json;
using JapanRussia.Core.Data;
using JapanRussia.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace JapanRussia.Core.Queries;

/// <summary>
/// The time axis's read path: every event matching a filter's lookups and text, over all years, in timeline order. The
/// axis zooms and pans by changing only the years, so the set is read once per filter and data version and each step
/// after that picks its window in memory.
/// </summary>
public sealed class TimelineAxisQueries(IDbContextFactory<TimelineDbContext> contextFactory) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 32 });

    /// <summary>
    /// The events matching <paramref name="filter"/> with its years ignored, in timeline order, at the request's data
    /// <paramref name="version"/> (read here when the caller has not).
    /// </summary>
    public async Task<IReadOnlyList<AxisEntry>> AllYearsAsync(EventFilter filter, DataVersion? version = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        version ??= await DataVersion.ReadAsync(context, cancellationToken).ConfigureAwait(false);
        var key = KeyOf(filter, version);
        if (_cache.TryGetValue(key, out IReadOnlyList<AxisEntry>? cached) && cached is not null)
        {
            return cached;
        }

        var entries = await ReadAsync(context, filter with { From = null, To = null }, cancellationToken).ConfigureAwait(false);
        _cache.Set(key, entries, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return entries;
    }

    public void Dispose() => _cache.Dispose();

    private static async Task<IReadOnlyList<AxisEntry>> ReadAsync(TimelineDbContext context, EventFilter filter, CancellationToken cancellationToken)
    {
        var match = FtsQuery.Build(filter.Text);
        if (filter.HasText && match is null)
        {
            return [];
        }

        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await FilteredEvents.Of(context, filter, match).InTimelineOrder()
            .Select(e => new AxisEntry(e.Id, e.StartDate, e.EndDate, e.Precision, e.Qualifier, e.Label, e.Title, e.EraId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The filter's every field but its years (which the axis picks in memory), and the data version.</summary>
    private static string KeyOf(EventFilter filter, DataVersion version) =>
        version.Token + ":" + JsonSerializer.Serialize(filter with { From = null, To = null });
}
