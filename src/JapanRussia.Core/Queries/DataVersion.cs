using System.Globalization;
using JapanRussia.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Queries;

/// <summary>
/// Which state of the stored data an answer belongs to: the ingestion counter and when it last moved (so a replaced
/// database file with the same counter is not mistaken for the old one). Read once per request, before the answers it
/// keys, so that no cached answer is older than its key.
/// </summary>
public sealed record DataVersion(long Number, DateTimeOffset UpdatedAt)
{
    /// <summary>The version of an empty store (never ingested).</summary>
    public static DataVersion None { get; } = new(0, default);

    /// <summary>The version as a short token for cache keys and ETags: <c>12-638690000000000000</c>.</summary>
    public string Token => string.Create(CultureInfo.InvariantCulture, $"{Number}-{UpdatedAt.UtcTicks}");

    /// <summary>The version of the data <paramref name="context"/> reads: one indexed single-row query.</summary>
    public static async Task<DataVersion> ReadAsync(TimelineDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = await context.IngestionStates.AsNoTracking().OrderByDescending(s => s.Version).Select(s => new { s.Version, s.UpdatedAt })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return state is null ? None : new DataVersion(state.Version, state.UpdatedAt);
    }
}
