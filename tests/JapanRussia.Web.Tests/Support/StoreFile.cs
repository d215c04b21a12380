using JapanRussia.Core.Data;
using JapanRussia.Web.Cli;
using Microsoft.Data.Sqlite;

namespace JapanRussia.Web.Tests.Support;

/// <summary>A small timeline database built by the real <c>ingest</c> verb, and the statements a test uses to damage it.</summary>
public static class StoreFile
{
    public sealed record VerbResult(int ExitCode, string Output, string Error);

    /// <summary>Ingests one short document (from a <c>seeds</c> folder beside it) into the database file.</summary>
    /// <returns>The documents folder.</returns>
    public static async Task<string> BuildAsync(string db)
    {
        var seeds = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(db)!, "seeds")).FullName;
        await File.WriteAllTextAsync(Path.Combine(seeds, "a.txt"), "Alpha\n\nIn 1956 Japan and the Soviet Union restored diplomatic relations.\n");
        var result = await RunVerbAsync("ingest", "--seeds", seeds, "--db", db);
        Assert.True(result.ExitCode == CommandLineApp.Ok, result.Error);
        return seeds;
    }

    public static async Task ExecuteAsync(string db, string sql)
    {
        await using var connection = new SqliteConnection(TimelineDatabase.ConnectionString(db));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<VerbResult> RunVerbAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CommandLineApp.RunAsync(args, output, error);
        return new VerbResult(exitCode, output.ToString(), error.ToString());
    }
}
