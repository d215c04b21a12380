using JapanRussia.Core.Data;
using JapanRussia.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public async Task CheckedInMigrationsMatchTheModel()
    {
        using var folder = new TestFolder();
        await using var context = new TimelineDbContext(TimelineDatabase.Options(folder.File("m.db")));

        await TimelineDatabase.MigrateAsync(context);

        Assert.False(context.Database.HasPendingModelChanges(), "The model has changes without a migration.");
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task MigratingCreatesTheFolderAndUsesWriteAheadLogging()
    {
        using var folder = new TestFolder();
        var path = Path.Combine(folder.Path, "nested", "deeper", "t.db");
        await using var context = new TimelineDbContext(TimelineDatabase.Options(path));

        await TimelineDatabase.MigrateAsync(context);

        Assert.True(File.Exists(path));
        var mode = await context.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
        Assert.Equal("wal", Assert.Single(mode));
    }
}
