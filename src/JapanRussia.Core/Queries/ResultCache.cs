using Microsoft.Extensions.Caching.Memory;

namespace JapanRussia.Core.Queries;

/// <summary>
/// Answers that depend only on the stored data and a filter (how many events match, how many per year), kept per
/// ingestion version: the data changes only when ingestion bumps the version, and counting a large filtered set costs
/// far more than reading the page shown with it. Bounded, so that varied queries cannot grow it without limit.
/// </summary>
internal sealed class ResultCache : IDisposable
{
    /// <summary>Entries kept at most; each is a number or a short list, so this bounds the memory to a few megabytes.</summary>
    private const int Capacity = 4096;

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = Capacity, CompactionPercentage = 0.25 });
    private DataVersion? _latest;

    /// <summary>The cached answer for <paramref name="key"/> at <paramref name="version"/>, computing and keeping it when missing.</summary>
    public async Task<T> GetOrAddAsync<T>(DataVersion version, ReadKey key, Func<Task<T>> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        ForgetOlderThan(version);
        var entryKey = (version, key);
        if (_entries.TryGetValue(entryKey, out var cached) && cached is T value)
        {
            return value;
        }

        value = await compute().ConfigureAwait(false);
        _entries.Set(entryKey, value, new MemoryCacheEntryOptions { Size = 1 });
        return value;
    }

    public void Dispose() => _entries.Dispose();

    /// <summary>After an ingestion, the answers for earlier versions can never be asked for again.</summary>
    private void ForgetOlderThan(DataVersion version)
    {
        var latest = _latest;
        if (latest != version)
        {
            _latest = version;
            if (latest is not null)
            {
                _entries.Compact(1.0);
            }
        }
    }
}
