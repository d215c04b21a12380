namespace JapanRussia.Core.Queries;

/// <summary>
/// The default size of a memory cache that grows with what it caches (SQLite's pages, the response cache's bodies): an
/// eighth of the database file as it is at start-up, between <see cref="MinimumMegabytes"/> and
/// <see cref="MaximumMegabytes"/>. Both caches then stay within a quarter of the file together, so a server under
/// varied load stays near 1.5 times the file's size (docs/performance.md); a setting overrides each.
/// </summary>
public static class MemoryBudget
{
    public const int MinimumMegabytes = 16;

    public const int MaximumMegabytes = 64;

    /// <summary>The default budget in megabytes for a cache serving the database at <paramref name="databasePath"/>.</summary>
    public static int DefaultMegabytes(string databasePath)
    {
        ArgumentNullException.ThrowIfNull(databasePath);
        var bytes = File.Exists(databasePath) ? new FileInfo(databasePath).Length : 0;
        return (int)Math.Clamp(bytes / 8 >> 20, MinimumMegabytes, MaximumMegabytes);
    }
}
