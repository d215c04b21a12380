using JapanRussia.Core.Data;
using JapanRussia.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JapanRussia.Core.Tests.Data;

/// <summary>Migrating is all or nothing, safe to run from two processes at once, and a current file is only read.</summary>
public sealed class SchemaMigrationSafetyTests
{
    [Fact]
    public async Task AMigrationThatFailsPartWayLeavesThePreviousSchemaWhole()
    {
        using var folder = new TestFolder();
        var db = folder.File("t.db");
        await using (var old = new TimelineDbContext(TimelineDatabase.Options(db)))
        {
            await old.GetService<IMigrator>().MigrateAsync("20261122133147_AddExtractionSignature");

            // The last pending migration creates this table, so it fails after the two before it have run.
            await old.Database.ExecuteSqlRawAsync("CREATE TABLE SearchRows (Stray TEXT)");
        }

        await using var context = new TimelineDbContext(TimelineDatabase.Options(db));
        await Assert.ThrowsAsync<SqliteException>(() => TimelineDatabase.MigrateAsync(context));

        Assert.Equal(["20261122131521_Initial", "20261122133147_AddExtractionSignature"], await context.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await context.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE name = 'SearchIndex'").ToListAsync());
    }

    [Fact]
    public async Task TwoMigratorsAtOnceBothSucceedAndApplyEachMigrationOnce()
    {
        using var folder = new TestFolder();
        var db = folder.File("t.db");

        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await using var context = new TimelineDbContext(TimelineDatabase.Options(db));
            await TimelineDatabase.MigrateAsync(context);
        })));

        await using var check = new TimelineDbContext(TimelineDatabase.Options(db));
        Assert.Equal(check.Database.GetMigrations(), await check.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task MigratingACurrentFileWritesNothing()
    {
        using var folder = new TestFolder();
        var db = folder.File("t.db");
        await using (var first = new TimelineDbContext(TimelineDatabase.Options(db)))
        {
            await TimelineDatabase.MigrateAsync(first);
        }

        var before = await DataVersionAsync(db);
        await using (var again = new TimelineDbContext(TimelineDatabase.Options(db)))
        {
            await TimelineDatabase.MigrateAsync(again);
        }

        Assert.Equal(before, await DataVersionAsync(db));
    }

    [Theory]
    [InlineData("plain.db")]
    [InlineData("with space, #hash, %25 and ?query.db")]
    public async Task ASnapshotConnectionReadsTheFileWhateverItsName(string name)
    {
        using var folder = new TestFolder();
        var db = folder.File(name);
        await using (var context = new TimelineDbContext(TimelineDatabase.Options(db)))
        {
            await TimelineDatabase.MigrateAsync(context);
            await context.Database.ExecuteSqlRawAsync("INSERT INTO Eras (Id, Name, StartYear, Color, SortOrder) VALUES ('e', 'E', 1800, '#000', 1)");
        }

        await using var snapshot = new TimelineDbContext(
            new DbContextOptionsBuilder<TimelineDbContext>().UseSqlite(TimelineDatabase.ConnectionString(db, snapshot: true)).Options);
        await TimelineDatabase.VerifyCurrentAsync(snapshot);

        Assert.Equal("E", Assert.Single(await snapshot.Eras.Select(e => e.Name).ToListAsync()));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    /// <summary>The file's change counter (header bytes 24–27): any committed write moves it.</summary>
    private static async Task<byte[]> DataVersionAsync(string db)
    {
        var header = new byte[100];
        await using var file = File.OpenRead(db);
        await file.ReadExactlyAsync(header);
        return header[24..28];
    }
}
