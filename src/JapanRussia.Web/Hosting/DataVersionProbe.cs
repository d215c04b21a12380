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
    public async ValueTask<long> VersionAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await context.IngestionStates.AsNoTracking().Select(s => (long?)s.Version).MaxAsync(cancellationToken).ConfigureAwait(false) ?? 0;
    }
}
