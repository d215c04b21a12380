using JapanRussia.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Queries;

/// <summary>
/// One read of the store: a context whose connection stays open until it is disposed, the data version every answer of
/// this read is keyed by, and the cache of such answers. Left to itself, EF opens and closes the connection around each
/// query, and every opening registers EF's SQL functions on it again: a read here runs several queries.
/// </summary>
internal sealed class ReadSession : IAsyncDisposable
{
    private readonly ResultCache _cache;

    private ReadSession(TimelineDbContext context, DataVersion version, ResultCache cache)
    {
        Context = context;
        Version = version;
        _cache = cache;
    }

    public TimelineDbContext Context { get; }

    public DataVersion Version { get; }

    /// <summary>Opens a session; reads the data version only when the caller has not (once per request is enough).</summary>
    public static async Task<ReadSession> OpenAsync(
        IDbContextFactory<TimelineDbContext> contextFactory, DataVersion? version, ResultCache cache, CancellationToken cancellationToken)
    {
        var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await context.Seams.Maintenance.PrepareReadAsync(context, cancellationToken).ConfigureAwait(false);

            version ??= await DataVersion.ReadAsync(context, cancellationToken).ConfigureAwait(false);
            return new ReadSession(context, version, cache);
        }
        catch
        {
            await context.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The answer kept for <paramref name="key"/> at this session's version, computing and keeping it when missing.</summary>
    public Task<T> CachedAsync<T>(ReadKey key, Func<Task<T>> compute) => _cache.GetOrAddAsync(Version, key, compute);

    public ValueTask DisposeAsync() => Context.DisposeAsync();
}
