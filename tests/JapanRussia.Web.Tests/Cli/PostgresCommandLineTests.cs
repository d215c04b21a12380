using JapanRussia.Core.Tests.Support;
using JapanRussia.Web.Cli;
using JapanRussia.Web.Tests.Support;

namespace JapanRussia.Web.Tests.Cli;

/// <summary>The verbs on a PostgreSQL connection string, against the same verbs on a SQLite file.</summary>
public sealed class PostgresCommandLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "jr-cli-pg-tests", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task IngestThenExportGivesTheSameBytesOnPostgreSqlAsOnSqlite()
    {
        var sqlite = await IngestAndExportAsync(Path.Combine(_folder, "t.db"), "sqlite.json");
        var postgres = await IngestAndExportAsync(PostgresServer.Shared.NewDatabase("cli"), "postgres.json");

        Assert.True(sqlite.Length > 10_000, $"only {sqlite.Length} bytes exported");
        Assert.Equal(sqlite, postgres);
    }

    [Fact]
    public async Task AnUnreachableServerFailsNamingTheServerButNotThePassword()
    {
        var export = await CommandLineTests.RunAsync("export", "--db", "Host=127.0.0.1;Port=1;Database=nowhere;Password=hunter2;Timeout=2", "--format", "json");

        Assert.Equal(CommandLineApp.Failure, export.ExitCode);
        Assert.Contains("PostgreSQL 127.0.0.1:1/nowhere", export.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", export.Error, StringComparison.Ordinal);
    }

    private async Task<string> IngestAndExportAsync(string database, string output)
    {
        var ingest = await CommandLineTests.RunAsync("ingest", "--seeds", RepositoryPaths.Seeds, "--db", database);
        Assert.Equal(CommandLineApp.Ok, ingest.ExitCode);
        var path = Path.Combine(_folder, output);
        var export = await CommandLineTests.RunAsync("export", "--db", database, "--format", "json", "--out", path);
        Assert.Equal(CommandLineApp.Ok, export.ExitCode);
        return await File.ReadAllTextAsync(path);
    }
}
