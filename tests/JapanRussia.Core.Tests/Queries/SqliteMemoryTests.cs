using JapanRussia.Core.Data;
using JapanRussia.Core.Queries;
using JapanRussia.Core.Tests.Support;
using Microsoft.Data.Sqlite;

namespace JapanRussia.Core.Tests.Queries;

/// <summary>The process-wide SQLite memory limit bounds the page caches of all open connections together (alone: the limit is process-wide).</summary>
[CollectionDefinition(nameof(SqliteMemoryTests), DisableParallelization = true)]
[Collection(nameof(SqliteMemoryTests))]
public sealed class SqliteMemoryTests : IDisposable
{
    private const int Connections = 6;

    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ConnectionsReadingEverythingStayWithinTheLimitWhereWithoutItEachKeepsItsOwnCache()
    {
        var database = _folder.File("memory.db");
        Fill(database, megabytes: 6);
        var before = SqliteMemory.Limit(0);
        try
        {
            var unlimited = GrowthReadingWith(database);
            SqliteMemory.Limit(4);
            var limited = GrowthReadingWith(database);

            Assert.True(unlimited > 20L << 20, $"without a limit {Connections} caches of the whole 6 MB file: {unlimited:N0} bytes");
            Assert.True(limited < 8L << 20, $"with 4 MB: {limited:N0} bytes");
        }
        finally
        {
            SqliteMemory.Limit((int)(before >> 20));
        }
    }

    /// <summary>How much SQLite's memory grows while <see cref="Connections"/> connections with 16 MB caches each read the whole file and stay open.</summary>
    private static long GrowthReadingWith(string database)
    {
        var baseline = SqliteMemory.Used;
        var open = new List<SqliteConnection>();
        try
        {
            for (var i = 0; i < Connections; i++)
            {
                var connection = new SqliteConnection(TimelineDatabase.ConnectionString(database));
                connection.Open();
                open.Add(connection);
                using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA cache_size = -16384; SELECT sum(length(x)) FROM t;";
                command.ExecuteScalar();
            }

            return SqliteMemory.Used - baseline;
        }
        finally
        {
            open.ForEach(c => c.Dispose());
        }
    }

    private static void Fill(string database, int megabytes)
    {
        using var connection = new SqliteConnection(TimelineDatabase.ConnectionString(database));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE t(x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $rows) INSERT INTO t SELECT randomblob(4000) FROM n;";
        command.Parameters.AddWithValue("$rows", megabytes * 256);
        command.ExecuteNonQuery();
    }
}
