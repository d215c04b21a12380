using System.Net;
using JapanRussia.Core.Data;
using JapanRussia.Web.Cli;
using JapanRussia.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JapanRussia.Web.Tests.Hosting;

/// <summary>
/// A migration cut short (a kill -9, an I/O error on fsync) used to leave EF's lock row in <c>__EFMigrationsLock</c>,
/// and every later start waited on it for good. The row is written here as such a run leaves it.
/// </summary>
public sealed class StaleMigrationLockTests : IDisposable
{
    private const string StaleLock =
        "CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL CONSTRAINT \"PK___EFMigrationsLock\" PRIMARY KEY, \"Timestamp\" TEXT NOT NULL);" +
        "INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-12-01 00:00:00.0000000+00:00');";

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "jr-stale-lock", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task IngestIntoACurrentDatabaseWithAStaleMigrationLockCompletes()
    {
        var db = Path.Combine(_folder, "timeline.db");
        var seeds = await StoreFile.BuildAsync(db);
        await StoreFile.ExecuteAsync(db, StaleLock);

        var result = await StoreFile.RunVerbAsync("ingest", "--seeds", seeds, "--db", db).WaitAsync(Bound);

        Assert.Equal(CommandLineApp.Ok, result.ExitCode);
    }

    [Fact]
    public async Task UpgradingADatabaseWithAStaleMigrationLockAppliesEveryMigration()
    {
        var db = Path.Combine(_folder, "timeline.db");
        await using (var old = new TimelineDbContext(TimelineDatabase.Options(db)))
        {
            await old.GetService<IMigrator>().MigrateAsync("20261122143512_AddQueryIndexes");
        }

        await StoreFile.ExecuteAsync(db, StaleLock);
        var seeds = Directory.CreateDirectory(Path.Combine(_folder, "seeds")).FullName;
        await File.WriteAllTextAsync(Path.Combine(seeds, "a.txt"), "Alpha\n\nIn 1855 the Treaty of Shimoda was signed.\n");

        var result = await StoreFile.RunVerbAsync("ingest", "--seeds", seeds, "--db", db).WaitAsync(Bound);

        Assert.True(result.ExitCode == CommandLineApp.Ok, result.Error);
        await using var context = new TimelineDbContext(TimelineDatabase.Options(db));
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task ServerStartsOnADatabaseWithAStaleMigrationLockAndServes()
    {
        using var factory = new TimelineAppFactory { IngestOnStartup = false };
        await StoreFile.BuildAsync(factory.DatabasePath);
        await StoreFile.ExecuteAsync(factory.DatabasePath, StaleLock);

        using var client = await Task.Run(factory.CreateClient).WaitAsync(Bound);
        var response = await client.GetAsync(new Uri("/api/events", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("1956", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
