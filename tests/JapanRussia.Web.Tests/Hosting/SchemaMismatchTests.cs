using JapanRussia.Web.Cli;
using JapanRussia.Web.Tests.Support;

namespace JapanRussia.Web.Tests.Hosting;

/// <summary>
/// A file this version must not use: one with a migration from a newer version, one whose schema was changed by
/// another tool, another application's SQLite file. The verbs and the server refuse it with a sentence naming the
/// problem, and nothing is written to it.
/// </summary>
public sealed class SchemaMismatchTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "jr-schema-tests", Guid.NewGuid().ToString("N"))).FullName;

    public static TheoryData<bool, string, string> Mismatches => new()
    {
        { true, "INSERT INTO \"__EFMigrationsHistory\" (MigrationId, ProductVersion) VALUES ('29990101000000_FromTheFuture', '99.0.0')", "written by a newer or different version" },
        { true, "ALTER TABLE Events RENAME COLUMN Title TO Heading", "the table Events has no column Title" },
        { true, "DROP TABLE SearchRows", "the table SearchRows is missing" },
        { false, "CREATE TABLE Customers (Id INTEGER PRIMARY KEY, Name TEXT)", "not a timeline database: it already holds tables this application did not create (Customers)" },
        { false, "CREATE TABLE \"__EFMigrationsHistory\" (MigrationId TEXT PRIMARY KEY, ProductVersion TEXT); INSERT INTO \"__EFMigrationsHistory\" VALUES ('20200101000000_Orders', '8.0.0')", "its migration history (20200101000000_Orders, …) belongs to another application" },
    };

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(Mismatches))]
    public async Task IngestRefusesTheFileWithASentenceAndWritesNothing(bool timeline, string change, string sentence)
    {
        var (db, seeds) = await PrepareAsync(timeline, change);
        var before = await File.ReadAllBytesAsync(db);

        var result = await StoreFile.RunVerbAsync("ingest", "--seeds", seeds, "--db", db);

        Assert.Equal(CommandLineApp.Failure, result.ExitCode);
        Assert.Contains(sentence, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(db));
    }

    [Theory]
    [MemberData(nameof(Mismatches))]
    public async Task ExportRefusesTheFileWithASentence(bool timeline, string change, string sentence)
    {
        var (db, _) = await PrepareAsync(timeline, change);

        var result = await StoreFile.RunVerbAsync("export", "--db", db, "--format", "json");

        Assert.Equal(CommandLineApp.Failure, result.ExitCode);
        Assert.Contains(sentence, result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    /// <summary>Refusing to start, rather than serving 500s behind a healthy /health, so that a deployment stops at the first node.</summary>
    [Theory]
    [MemberData(nameof(Mismatches))]
    public async Task ServerRefusesToStartAndLogsTheSentence(bool timeline, string change, string sentence)
    {
        var (db, seeds) = await PrepareAsync(timeline, change);
        var before = await File.ReadAllBytesAsync(db);

        var result = await AppProcess.RunAsync(
            TimeSpan.FromMinutes(1), "--db", db, "--seeds", seeds, "--urls", "http://127.0.0.1:0", "--Timeline:IngestOnStartup", "false");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(sentence, result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(db));
    }

    private async Task<(string Db, string Seeds)> PrepareAsync(bool timeline, string change)
    {
        var db = Path.Combine(_folder, "timeline.db");
        var seeds = timeline ? await StoreFile.BuildAsync(db) : Directory.CreateDirectory(Path.Combine(_folder, "seeds")).FullName;
        await StoreFile.ExecuteAsync(db, change);
        return (db, seeds);
    }
}
