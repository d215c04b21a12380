using System.Diagnostics;
using System.Net;
using System.Runtime.Versioning;
using JapanRussia.Core.Data;
using JapanRussia.Web.Cli;
using JapanRussia.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace JapanRussia.Web.Tests.Hosting;

/// <summary>
/// A disk that fills up during ingestion: a small tmpfs (mounted as root, as the tests run) holds the database, and a
/// filler file takes what space is left. The run fails with a sentence, the database keeps its previous state, and
/// the next run, with room again, completes.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class FullDiskTests : IDisposable
{
    private readonly string _disk = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "jr-full-disk", Guid.NewGuid().ToString("N"))).FullName;
    private readonly string _seeds = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "jr-full-disk-seeds", Guid.NewGuid().ToString("N"))).FullName;

    public FullDiskTests() => Run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", _disk);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Run("umount", _disk);
        Directory.Delete(_disk);
        Directory.Delete(_seeds, recursive: true);
    }

    [Fact]
    public async Task IngestionOnAFullDiskFailsClearlyKeepsThePreviousStateAndCompletesOnceThereIsRoom()
    {
        var db = Path.Combine(_disk, "timeline.db");
        File.Copy(Path.Combine(RepositoryPaths.Seeds, Directory.GetFiles(RepositoryPaths.Seeds).Select(Path.GetFileName).Order(StringComparer.Ordinal).First()!), Path.Combine(_seeds, "first.txt"));
        Assert.Equal(CommandLineApp.Ok, (await RunAsync("ingest", "--seeds", _seeds, "--db", db)).ExitCode);
        var before = await SnapshotAsync(db);
        foreach (var seed in Directory.GetFiles(RepositoryPaths.Seeds))
        {
            File.Copy(seed, Path.Combine(_seeds, Path.GetFileName(seed)));
        }

        var filler = Path.Combine(_disk, "filler");
        Fill(filler);
        var full = await RunAsync("ingest", "--seeds", _seeds, "--db", db);

        Assert.Equal(CommandLineApp.Failure, full.ExitCode);
        Assert.Contains("disk is full", full.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", full.Error + full.Output, StringComparison.Ordinal);
        File.Delete(filler);
        Assert.Equal(before, await SnapshotAsync(db));

        Assert.Equal(CommandLineApp.Ok, (await RunAsync("ingest", "--seeds", _seeds, "--db", db)).ExitCode);
        Assert.NotEqual(before, await SnapshotAsync(db));
    }

    [Fact]
    public async Task ServerServesWhatIsStoredFromAFullDisk()
    {
        var db = Path.Combine(_disk, "timeline.db");
        File.Copy(Directory.GetFiles(RepositoryPaths.Seeds).Order(StringComparer.Ordinal).First(), Path.Combine(_seeds, "first.txt"));
        Assert.Equal(CommandLineApp.Ok, (await RunAsync("ingest", "--seeds", _seeds, "--db", db)).ExitCode);
        Fill(Path.Combine(_disk, "filler"));

        using var factory = new TimelineAppFactory { DatabasePath = db, IngestOnStartup = false };
        using var client = factory.CreateClient();
        var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        var api = await client.GetAsync(new Uri("/api/events", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Contains("\"title\":", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Writes until the file system refuses: whatever space is left, none is.</summary>
    private static void Fill(string path)
    {
        // Unbuffered, so that nothing is left to flush (and fail) when the file is closed.
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        var block = new byte[64 * 1024];
        try
        {
            while (true)
            {
                file.Write(block);
            }
        }
        catch (IOException)
        {
            // No space left: the point.
        }
    }

    /// <summary>The integrity check, the ingestion version and every event id: what a failed run must not change.</summary>
    private static async Task<string> SnapshotAsync(string db)
    {
        await using var connection = new SqliteConnection(TimelineDatabase.ConnectionString(db, readOnly: true));
        await connection.OpenAsync();
        var lines = new List<string>();
        foreach (var sql in new[] { "PRAGMA integrity_check", "SELECT Version FROM IngestionState", "SELECT Id FROM Events ORDER BY Id", "SELECT FileName FROM Documents ORDER BY FileName" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
            }
        }

        return string.Join("\n", lines);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CommandLineApp.RunAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static void Run(string command, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(command, args) { RedirectStandardError = true })
            ?? throw new InvalidOperationException(command + " did not start");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', args)} failed (the tests run as root to mount a small disk): {error}");
    }
}
