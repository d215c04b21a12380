using System.Diagnostics;
using System.Globalization;
using System.Text;
using JapanRussia.Core.Data;
using JapanRussia.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace JapanRussia.Web.Tests.Cli;

public sealed class CrashSafetyTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "jr-crash-tests", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task KillingIngestionMidwayLeavesThePreviousStateAndTheNextRunCompletes()
    {
        var db = Path.Combine(_folder, "t.db");
        var first = await AppProcess.RunAsync(TimeSpan.FromMinutes(2), "ingest", "--seeds", RepositoryPaths.Seeds, "--db", db);
        Assert.Equal(0, first.ExitCode);
        var before = Counts(db);

        var large = Directory.CreateDirectory(Path.Combine(_folder, "large")).FullName;
        foreach (var file in Directory.GetFiles(RepositoryPaths.Seeds))
        {
            File.Copy(file, Path.Combine(large, Path.GetFileName(file)));
        }

        WriteManyDocuments(large, 1500);

        using (var process = StartIngest(large, db))
        {
            // Kill once the write transaction is under way (the write-ahead log grows), like a power cut.
            var wal = db + "-wal";
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (!process.HasExited && DateTime.UtcNow < deadline && (!File.Exists(wal) || new FileInfo(wal).Length < 512 * 1024))
            {
                await Task.Delay(20);
            }

            Assert.False(process.HasExited, "ingestion finished before it could be interrupted");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Assert.Equal("ok", IntegrityCheck(db));
        Assert.Equal(before, Counts(db));

        var again = await AppProcess.RunAsync(TimeSpan.FromMinutes(5), "ingest", "--seeds", large, "--db", db);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(1505, Counts(db).Documents);
        Assert.Equal("ok", IntegrityCheck(db));
    }

    private static Process StartIngest(string seeds, string db)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { AppProcess.WebDll, "ingest", "--seeds", seeds, "--db", db })
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    private static void WriteManyDocuments(string folder, int count)
    {
        var random = new Random(7);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder($"Synthetic record {i}\n\n");
            for (var p = 0; p < 12; p++)
            {
                var year = random.Next(1860, 2020);
                text.Append(CultureInfo.InvariantCulture, $"On {random.Next(1, 28)} March {year}, delegation {i}-{p} from Tokyo met officials in Moscow to discuss fisheries near Sakhalin. ");
                text.Append(CultureInfo.InvariantCulture, $"In {year + 1} the talks on item {p} of file {i} resumed in Vladivostok.\n\n");
            }

            File.WriteAllText(Path.Combine(folder, $"bulk-{i:D4}.txt"), text.ToString());
        }
    }

    private static (long Documents, long Events, long Sources) Counts(string db)
    {
        using var connection = new SqliteConnection(TimelineDatabase.ConnectionString(db));
        connection.Open();
        return (Scalar(connection, "SELECT COUNT(*) FROM Documents"), Scalar(connection, "SELECT COUNT(*) FROM Events"), Scalar(connection, "SELECT COUNT(*) FROM EventSources"));
    }

    private static string IntegrityCheck(string db)
    {
        using var connection = new SqliteConnection(TimelineDatabase.ConnectionString(db));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
