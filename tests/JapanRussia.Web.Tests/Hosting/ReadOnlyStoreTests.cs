using System.Diagnostics;
using System.Net;
using System.Runtime.Versioning;
using JapanRussia.Web.Cli;
using JapanRussia.Web.Tests.Support;

namespace JapanRussia.Web.Tests.Hosting;

/// <summary>
/// The <c>ingest</c> verb against a store it may not write. The tests run as root, whom file modes do not stop, so a
/// file or folder is made immutable with <c>chattr +i</c> (as root) or read-only by mode (as anyone else).
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class ReadOnlyStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "jr-readonly-tests", Guid.NewGuid().ToString("N"))).FullName;
    private readonly List<string> _locked = [];

    public void Dispose()
    {
        foreach (var path in _locked)
        {
            Unlock(path);
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task IngestIntoAnImmutableDatabaseFileFailsWithAClearMessageAndLeavesItAsItWas()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(_folder, "seeds")).FullName;
        var db = Path.Combine(_folder, "t.db");
        await File.WriteAllTextAsync(Path.Combine(seeds, "a.txt"), "Alpha\n\nIn 1956 Japan and the Soviet Union restored diplomatic relations.\n");
        Assert.Equal(CommandLineApp.Ok, (await RunAsync("ingest", "--seeds", seeds, "--db", db)).ExitCode);
        await File.WriteAllTextAsync(Path.Combine(seeds, "b.txt"), "Beta\n\nIn 1855 the Treaty of Shimoda was signed.\n");
        var before = await File.ReadAllBytesAsync(db);
        Lock(db);

        var result = await RunAsync("ingest", "--seeds", seeds, "--db", db);

        Assert.Equal(CommandLineApp.Failure, result.ExitCode);
        Assert.Contains("cannot write the database", result.Error, StringComparison.Ordinal);
        Assert.Contains(db, result.Error, StringComparison.Ordinal);
        Assert.Contains("readonly", result.Error.Replace("read-only", "readonly", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(db));
    }

    [Fact]
    public async Task IngestIntoAFolderWhereNoFileCanBeCreatedFailsWithAClearMessage()
    {
        var locked = Directory.CreateDirectory(Path.Combine(_folder, "locked")).FullName;
        Lock(locked);
        var db = Path.Combine(locked, "t.db");

        var result = await RunAsync("ingest", "--seeds", RepositoryPaths.Seeds, "--db", db);

        Assert.Equal(CommandLineApp.Failure, result.ExitCode);
        Assert.Contains("cannot write the database", result.Error, StringComparison.Ordinal);
        Assert.Contains(db, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    /// <summary>/proc refuses new files to everyone, root included: the same failure without changing any attribute.</summary>
    [Fact]
    public async Task IngestIntoAKernelFileSystemThatRefusesNewFilesFailsWithAClearMessage()
    {
        var db = Path.Combine("/proc", "jr-timeline-" + Guid.NewGuid().ToString("N") + ".db");

        var result = await RunAsync("ingest", "--seeds", RepositoryPaths.Seeds, "--db", db);

        Assert.Equal(CommandLineApp.Failure, result.ExitCode);
        Assert.Contains("cannot write the database", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// The scale-out deployment: a built database copied to each node as a read-only file, or into a read-only folder
    /// too (where SQLite cannot create the shared-memory file a write-ahead-logged database needs).
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ServerServesPagesAndTheApiFromAReadOnlyDatabase(bool folderReadOnlyToo)
    {
        using var factory = new TimelineAppFactory { DatabasePath = Path.Combine(_folder, "node", "timeline.db"), IngestOnStartup = false };
        await StoreFile.BuildAsync(factory.DatabasePath);
        var before = await File.ReadAllBytesAsync(factory.DatabasePath);
        Lock(factory.DatabasePath);
        if (folderReadOnlyToo)
        {
            Lock(Path.GetDirectoryName(factory.DatabasePath)!);
        }

        using var client = factory.CreateClient();
        var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        var api = await client.GetAsync(new Uri("/api/events", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("diplomatic relations", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Contains("1956", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(factory.DatabasePath));
    }

    private void Lock(string path)
    {
        if (Environment.UserName == "root")
        {
            Chattr("+i", path);
        }
        else if (Directory.Exists(path))
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }
        else
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead);
        }

        _locked.Add(path);
    }

    private static void Unlock(string path)
    {
        if (Environment.UserName == "root")
        {
            Chattr("-i", path);
        }
        else
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static void Chattr(string change, string path)
    {
        using var process = Process.Start(new ProcessStartInfo("chattr", [change, path]) { RedirectStandardError = true })
            ?? throw new InvalidOperationException("chattr did not start");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"chattr {change} {path} failed (the file system must support immutable files): {error}");
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CommandLineApp.RunAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
