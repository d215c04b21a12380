using System.Runtime.Versioning;
using System.Text.Json;
using JapanRussia.Web.Cli;
using JapanRussia.Web.Tests.Support;

namespace JapanRussia.Web.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "jr-cli-tests", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task IngestThenExportWritesEveryEventInTheSharedShape()
    {
        var db = Path.Combine(_folder, "t.db");

        var ingest = await RunAsync("ingest", "--seeds", RepositoryPaths.Seeds, "--db", db);
        var export = await RunAsync("export", "--db", db, "--format", "json");

        Assert.Equal(CommandLineApp.Ok, ingest.ExitCode);
        Assert.Contains("Read 5 documents", ingest.Output, StringComparison.Ordinal);
        Assert.Equal(CommandLineApp.Ok, export.ExitCode);
        using var json = JsonDocument.Parse(export.Output);
        var events = json.RootElement.GetProperty("events");
        Assert.True(events.GetArrayLength() > 50);
        var first = events[0];
        foreach (var property in new[] { "id", "start", "end", "precision", "qualifier", "label", "title", "era", "topics", "sources" })
        {
            Assert.True(first.TryGetProperty(property, out _), $"missing {property}");
        }

        var source = first.GetProperty("sources")[0];
        foreach (var property in new[] { "document", "documentTitle", "passage", "start", "end", "excerpt" })
        {
            Assert.True(source.TryGetProperty(property, out _), $"missing source {property}");
        }
    }

    [Fact]
    public async Task ExportToAFileWritesTheFileAndNothingToStandardOutput()
    {
        var db = Path.Combine(_folder, "t.db");
        var output = Path.Combine(_folder, "events.json");
        await RunAsync("ingest", "--seeds", RepositoryPaths.Seeds, "--db", db);

        var export = await RunAsync("export", "--db", db, "--format", "json", "--out", output);

        Assert.Equal(CommandLineApp.Ok, export.ExitCode);
        Assert.Empty(export.Output);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        Assert.True(json.RootElement.GetProperty("events").GetArrayLength() > 50);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task AnUnreadableDocumentsFolderIsReportedAsTheFolderNotAsTheDatabase()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(_folder, "seeds")).FullName;
        await File.WriteAllTextAsync(Path.Combine(seeds, "a.txt"), "Alpha\n\nIn 1956 they met.\n");
        File.SetUnixFileMode(seeds, UnixFileMode.None);
        File.SetUnixFileMode(_folder, (UnixFileMode)0b111_111_111);

        // As an ordinary user: root, who runs the tests, may list any folder.
        var ingest = await AppProcess.RunAsUserAsync("nobody", TimeSpan.FromMinutes(2), "ingest", "--seeds", seeds, "--db", Path.Combine(_folder, "t.db"));

        Assert.Equal(CommandLineApp.Failure, ingest.ExitCode);
        Assert.Equal($"error: cannot read the documents folder '{seeds}': permission denied.", ingest.Error.Trim());
    }

    public static TheoryData<string[], string> BadUsage => new()
    {
        { ["ingest", "--seeds", "x"], "--db" },
        { ["export", "--db", "x.db"], "--format" },
        { ["export", "--db", "x.db", "--format", "xml"], "xml" },
        { ["frobnicate"], "frobnicate" },
        { ["ingest", "--seeds", "x", "--db", "y", "--bogus"], "--bogus" },
        { ["score", "--docs", "x"], "--annotations" },
    };

    [Theory]
    [MemberData(nameof(BadUsage))]
    public async Task BadUsageExitsTwoWithTheProblemAndAUsageLineOnStandardError(string[] args, string named)
    {
        var result = await RunAsync(args);

        Assert.Equal(CommandLineApp.BadUsage, result.ExitCode);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
        Assert.Contains("Usage:", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task ExportFromAMissingDatabaseFailsWithAClearMessage()
    {
        var result = await RunAsync("export", "--db", Path.Combine(_folder, "missing.db"), "--format", "json");

        Assert.Equal(CommandLineApp.Failure, result.ExitCode);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "missing.db")), "export must not create a database");
    }

    [Fact]
    public async Task ExportFromAFileThatIsNotADatabaseFailsWithAClearMessage()
    {
        var path = Path.Combine(_folder, "not.db");
        await File.WriteAllTextAsync(path, "this is not a database, just some text that is long enough to have a header");

        var result = await RunAsync("export", "--db", path, "--format", "json");

        Assert.Equal(CommandLineApp.Failure, result.ExitCode);
        Assert.Contains("not a SQLite database", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestFromAMissingFolderFailsWithAClearMessage()
    {
        var result = await RunAsync("ingest", "--seeds", Path.Combine(_folder, "nope"), "--db", Path.Combine(_folder, "t.db"));

        Assert.Equal(CommandLineApp.Failure, result.ExitCode);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestOfAFolderWhereNothingIsReadableFails()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(_folder, "seeds")).FullName;
        await File.WriteAllBytesAsync(Path.Combine(seeds, "a.txt"), new byte[4096]);

        var result = await RunAsync("ingest", "--seeds", seeds, "--db", Path.Combine(_folder, "t.db"));

        Assert.Equal(CommandLineApp.Failure, result.ExitCode);
        Assert.Contains("a.txt", result.Error, StringComparison.Ordinal);
        Assert.Contains("binary", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreOfTheSeedsPrintsTheFiguresThenEachMissAndExtra()
    {
        var annotations = Path.Combine(RepositoryPaths.Root, "tests", "JapanRussia.Core.Tests", "TestData", "seed-annotations.tsv");

        var result = await RunAsync("score", "--docs", RepositoryPaths.Seeds, "--annotations", annotations, "--verbose");

        Assert.Equal(CommandLineApp.Ok, result.ExitCode);
        foreach (var line in new[] { "documents:          5", "strict recall:", "citation precision:", "pairs merged:", "over-merges:", "unreadable titles:", "Misses (", "Extras (", "Pairs not merged (" })
        {
            Assert.Contains(line, result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ScoreOfAMissingFolderFailsWithAClearMessage()
    {
        var annotations = Path.Combine(_folder, "a.tsv");
        await File.WriteAllTextAsync(annotations, "a.txt\t1855\tyear\tsigned\n");

        var result = await RunAsync("score", "--docs", Path.Combine(_folder, "nope"), "--annotations", annotations);

        Assert.Equal(CommandLineApp.Failure, result.ExitCode);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreWithABadAnnotationRowFailsNamingTheLine()
    {
        var annotations = Path.Combine(_folder, "a.tsv");
        await File.WriteAllTextAsync(annotations, "# header\na.txt\t1855\tweekly\tsigned\n");

        var result = await RunAsync("score", "--docs", RepositoryPaths.Seeds, "--annotations", annotations);

        Assert.Equal(CommandLineApp.Failure, result.ExitCode);
        Assert.Contains("a.tsv:2: unknown precision 'weekly'", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task HelpListsTheVerbsAndSucceeds()
    {
        var result = await RunAsync("--help");

        Assert.Equal(CommandLineApp.Ok, result.ExitCode);
        Assert.Contains("ingest", result.Output, StringComparison.Ordinal);
        Assert.Contains("export", result.Output, StringComparison.Ordinal);
        Assert.Contains("score", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheExecutableReturnsTheVerbsExitCodes()
    {
        var help = await AppProcess.RunAsync(TimeSpan.FromMinutes(1), "ingest", "--help");
        var bad = await AppProcess.RunAsync(TimeSpan.FromMinutes(1), "export", "--db", "x.db");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--seeds", help.Output, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--format", bad.Error, StringComparison.Ordinal);
    }

    /// <summary>Runs the verbs as the executable does, with its output and errors captured.</summary>
    internal static async Task<Result> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CommandLineApp.RunAsync(args, output, error);
        return new Result(exitCode, output.ToString(), error.ToString());
    }

    internal sealed record Result(int ExitCode, string Output, string Error);
}
