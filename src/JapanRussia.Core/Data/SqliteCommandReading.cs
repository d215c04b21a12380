using Microsoft.Data.Sqlite;

namespace JapanRussia.Core.Data;

internal static class SqliteCommandReading
{
    /// <summary>The first column of every row, as a set of names.</summary>
    public static async Task<HashSet<string>> ReadNamesAsync(this SqliteCommand command, IEqualityComparer<string> comparer, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(comparer);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
