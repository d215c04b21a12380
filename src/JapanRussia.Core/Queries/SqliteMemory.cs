using SQLitePCL;

namespace JapanRussia.Core.Queries;

/// <summary>
/// The memory SQLite may use in this process, for all connections together. A pooled connection keeps its page cache
/// while it waits, so with a cache per connection the total grew with the number of connections ever open at once
/// (16 MB each); past this limit SQLite reuses a connection's own pages instead of allocating more. Its default is the
/// <see cref="MemoryBudget"/> of the database file.
/// </summary>
public static class SqliteMemory
{
    /// <summary>Sets the process-wide soft heap limit; returns the limit that was in force before.</summary>
    public static long Limit(int megabytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(megabytes);
        Batteries_V2.Init();
        return raw.sqlite3_soft_heap_limit64(megabytes * 1024L * 1024L);
    }

    /// <summary>Bytes SQLite holds now in this process (page caches, schemas, statements).</summary>
    public static long Used => raw.sqlite3_memory_used();
}
