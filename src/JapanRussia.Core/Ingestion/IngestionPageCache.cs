using System.Globalization;
using JapanRussia.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace JapanRussia.Core.Ingestion;

/// <summary>
/// A larger SQLite page cache for the one ingestion transaction, given back when disposed. With the default 2 MB, a
/// large ingestion spills dirty pages to the write-ahead log and reads them back while it fills the indexes and the
/// full-text index (docs/performance.md, session 6). The cache only grows as pages are used, so a small ingestion
/// costs no more memory; the transaction's atomicity and the journal are untouched.
/// </summary>
internal sealed class IngestionPageCache : IAsyncDisposable
{
    /// <summary>In KiB, as PRAGMA cache_size takes a negative number.</summary>
    private const int CacheKibibytes = 262_144;

    private readonly TimelineDbContext _context;
    private readonly long _previous;

    private IngestionPageCache(TimelineDbContext context, long previous) => (_context, _previous) = (context, previous);

    public static async Task<IngestionPageCache> EnlargeAsync(TimelineDbContext context, CancellationToken cancellationToken)
    {
        var previous = await context.Database.SqlQueryRaw<long>("SELECT cache_size AS Value FROM pragma_cache_size()")
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        await SetAsync(context, -CacheKibibytes, cancellationToken).ConfigureAwait(false);
        return new IngestionPageCache(context, previous);
    }

    /// <summary>The connection may go back to the pool and serve queries, which keep their own cache size.</summary>
    public async ValueTask DisposeAsync()
    {
        await SetAsync(_context, _previous, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>A pragma takes no parameters; the size is a number this class chose or read.</summary>
    private static async Task SetAsync(TimelineDbContext context, long size, CancellationToken cancellationToken)
    {
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "PRAGMA cache_size = " + size.ToString(CultureInfo.InvariantCulture);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
