using JapanRussia.Core.Data;
using JapanRussia.Core.Dates;
using JapanRussia.Core.Tests.Support;
using JapanRussia.Core.Queries;
using JapanRussia.Core.Tests.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

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
    public async Task UpgradingMapsTheEventsAlreadyIndexedSoSearchStillFindsThem()
    {
        using var folder = new TestFolder();
        await using (var old = new TimelineDbContext(TimelineDatabase.Options(folder.File("u.db"))))
        {
            await old.GetService<IMigrator>().MigrateAsync("20261122143512_AddQueryIndexes");
            await old.Database.ExecuteSqlRawAsync("INSERT INTO Eras (Id, Name, StartYear, Color, SortOrder) VALUES ('e', 'E', 1800, '#000', 1)");
            await old.Database.ExecuteSqlRawAsync(
                "INSERT INTO Events (Id, StartDate, EndDate, Precision, Qualifier, Label, Title, EraId, Fingerprint) " +
                "VALUES ('a1', '1956-10-19', '1956-10-19', 'Day', 'None', '19 October 1956', 'A quixotic declaration', 'e', 'f')");
            await old.Database.ExecuteSqlRawAsync("INSERT INTO SearchIndex (EventId, Title, Excerpts) VALUES ('a1', 'A quixotic declaration', NULL)");
        }

        await using var context = new TimelineDbContext(TimelineDatabase.Options(folder.File("u.db")));
        await TimelineDatabase.MigrateAsync(context);

        using var search = new TimelineReader(new SeededDatabase.FileContextFactory(folder.File("u.db")));
        var page = await search.SearchAsync(new EventFilter { Text = "quixotic" });
        Assert.Equal("a1", Assert.Single(page.Items).Id);
        var filtered = await search.SearchAsync(new EventFilter { Text = "quixotic", Eras = ["e"] }, sort: EventSort.Chronological);
        Assert.Equal("a1", Assert.Single(filtered.Items).Id);
    }

    [Fact]
    public async Task UpgradingKeepsStoredEventsAndCallsTheirDatesStatedUntilReingested()
    {
        using var folder = new TestFolder();
        await using (var old = new TimelineDbContext(TimelineDatabase.Options(folder.File("p.db"))))
        {
            await old.GetService<IMigrator>().MigrateAsync("20261122161500_AddSearchRows");
            await old.Database.ExecuteSqlRawAsync("INSERT INTO Eras (Id, Name, StartYear, Color, SortOrder) VALUES ('e', 'E', 1800, '#000', 1)");
            await old.Database.ExecuteSqlRawAsync("INSERT INTO Documents (Id, FileName, Title, Text, ContentHash, IngestedAt) VALUES (1, 'd.txt', 'D', 'In 1956 they met.', 'h', '2026-01-01 00:00:00+00:00')");
            await old.Database.ExecuteSqlRawAsync("INSERT INTO Passages (Id, DocumentId, Ordinal, Kind, Start, \"End\", Text) VALUES (1, 1, 1, 'Paragraph', 0, 18, 'In 1956 they met.')");
            await old.Database.ExecuteSqlRawAsync(
                "INSERT INTO Events (Id, StartDate, EndDate, Precision, Qualifier, Label, Title, EraId, Fingerprint) " +
                "VALUES ('a1', '1956-01-01', '1956-12-31', 'Year', 'None', '1956', 'They met', 'e', 'f')");
            await old.Database.ExecuteSqlRawAsync(
                "INSERT INTO EventSources (EventId, PassageId, Start, \"End\", Excerpt, DateStart, DateEnd, StartDate, EndDate, Precision, Qualifier, Label) " +
                "VALUES ('a1', 1, 0, 18, 'In 1956 they met.', 3, 7, '1956-01-01', '1956-12-31', 'Year', 'None', '1956')");
        }

        await using var context = new TimelineDbContext(TimelineDatabase.Options(folder.File("p.db")));
        await TimelineDatabase.MigrateAsync(context);

        var stored = await context.Events.AsNoTracking().Include(e => e.Sources).SingleAsync();
        Assert.Equal(DateProvenanceKind.Stated, stored.DateProvenance);
        Assert.Null(stored.DateNote);
        var source = Assert.Single(stored.Sources);
        Assert.Equal(DateProvenance.Stated, source.Provenance);
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
