using JapanRussia.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Web.Hosting;

/// <summary>
/// The ingestion version, read on every request: one indexed single-row query, so that no cached answer outlives the
/// data it shows (an ingestion from the command line beside the server is seen at once), and a database that has
/// gone away is reported as an error rather than hidden behind cached answers. The response cache keys by it and the
/// API's ETags carry it.
/// </summary>
internal sealed class DataVersionProbe(IDbContextFactory<TimelineDbContext> contextFactory)
{
    private static readonly object RequestItem = new();

    /// <summary>The version for this request: read once, so that the cache key and the ETag agree and cost one query.</summary>
    public async ValueTask<long> VersionAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Items.TryGetValue(RequestItem, out var known) && known is long version)
        {
            return version;
        }

        await using var context = await contextFactory.CreateDbContextAsync(http.RequestAborted).ConfigureAwait(false);
        version = await context.IngestionStates.AsNoTracking().Select(s => (long?)s.Version).MaxAsync(http.RequestAborted).ConfigureAwait(false) ?? 0;
        http.Items[RequestItem] = version;
        return version;
    }
}
