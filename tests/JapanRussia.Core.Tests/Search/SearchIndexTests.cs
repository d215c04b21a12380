using System.Data.Common;
using JapanRussia.Core.Data;
using JapanRussia.Core.Export;
using JapanRussia.Core.Ingestion;
using JapanRussia.Core.Queries;
using JapanRussia.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JapanRussia.Core.Tests.Search;

/// <summary>The search behaviour both stores share; run by <see cref="SqliteSearchIndexTests"/> and <see cref="PostgresSearchIndexTests"/>.</summary>
public abstract class SearchIndexTests(SeededDatabase database)
{
    private TimelineReader Search => new(database.Factory);

    [Fact]
    public async Task IndexHoldsOneRowPerEvent()
    {
        await using var context = database.Factory.CreateDbContext();
        Assert.Equal(await context.Events.CountAsync(), await SearchIndex.CountAsync(context));
        await AssertEveryRowMapsToItsEventAsync(context);
    }

    [Fact]
    public async Task ModelHasNoChangesWithoutAMigration()
    {
        await using var context = database.Factory.CreateDbContext();
        Assert.False(context.Database.HasPendingModelChanges());
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task AWordFindsEventsWhoseExcerptsOrParagraphsContainIt()
    {
        var page = await Search.SearchAsync(new EventFilter { Text = "Habomai " }, pageSize: 200);
        Assert.NotEmpty(page.Items);
        var texts = await SearchableTextsAsync(page.Items);
        Assert.All(page.Items, e => Assert.Contains("habomai", texts[e.Id], StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task StemmingFindsOtherFormsOfAWord()
    {
        var plural = await Search.SearchAsync(new EventFilter { Text = "negotiations " }, pageSize: 200);
        var singular = await Search.SearchAsync(new EventFilter { Text = "negotiation " }, pageSize: 200);
        Assert.NotEqual(0, plural.Total);
        Assert.Equal(plural.Total, singular.Total);
    }

    [Fact]
    public async Task APrefixFindsWordsThatStartWithIt()
    {
        var page = await Search.SearchAsync(new EventFilter { Text = "kuri*" }, pageSize: 200);
        Assert.NotEmpty(page.Items);
        var texts = await SearchableTextsAsync(page.Items);
        Assert.All(page.Items, e => Assert.Contains("kuri", texts[e.Id], StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task TheLastWordIsAPrefixWhileTyping()
    {
        var typing = await Search.SearchAsync(new EventFilter { Text = "Haboma" }, pageSize: 200);
        var whole = await Search.SearchAsync(new EventFilter { Text = "Habomai " }, pageSize: 200);
        Assert.Equal(whole.Total, typing.Total);
    }

    [Fact]
    public async Task AQuotedPhraseNeedsTheWordsTogether()
    {
        var phrase = await Search.SearchAsync(new EventFilter { Text = "\"joint declaration\"" }, pageSize: 200);
        var words = await Search.SearchAsync(new EventFilter { Text = "joint declaration " }, pageSize: 200);
        Assert.NotEmpty(phrase.Items);
        var texts = await SearchableTextsAsync(phrase.Items);
        Assert.All(phrase.Items, e => Assert.Contains("joint declaration", texts[e.Id], StringComparison.OrdinalIgnoreCase));
        Assert.True(words.Total >= phrase.Total);
    }

    [Theory]
    [InlineData("Kunashiri ", "Kunashir ")]
    [InlineData("Etorofu ", "Iturup ")]
    [InlineData("Kurile ", "Kuril ")]
    public async Task SpellingVariantsFindTheSameEvents(string one, string other)
    {
        var first = await Search.SearchAsync(new EventFilter { Text = one }, pageSize: 200);
        var second = await Search.SearchAsync(new EventFilter { Text = other }, pageSize: 200);
        Assert.Equal(second.Items.Select(e => e.Id).Order(), first.Items.Select(e => e.Id).Order());
    }

    [Fact]
    public async Task KunashiriFindsTheEventThatSaysKunashir()
    {
        var page = await Search.SearchAsync(new EventFilter { Text = "Kunashiri " });
        Assert.Contains(page.Items, e => Text(e).Contains("Kunashir", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UssrAlsoFindsSovietEvents()
    {
        var ussr = await Search.SearchAsync(new EventFilter { Text = "USSR " }, pageSize: 200);
        Assert.Contains(ussr.Items, e => !Text(e).Contains("USSR", StringComparison.Ordinal) && Text(e).Contains("Soviet", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RelevancePutsTitleMatchesFirst()
    {
        var page = await Search.SearchAsync(new EventFilter { Text = "declaration " }, pageSize: 200, sort: EventSort.Relevance);
        Assert.NotEmpty(page.Items);
        // The index stems (porter): "declares" in a title is a title match for "declaration" as much as "Declaration" is.
        Assert.Contains("declar", page.Items[0].Title, StringComparison.OrdinalIgnoreCase);
        var chronological = await Search.SearchAsync(new EventFilter { Text = "declaration " }, pageSize: 200);
        Assert.Equal(chronological.Items.Select(e => e.Id).Order(), page.Items.Select(e => e.Id).Order());
    }

    [Fact]
    public async Task MatchesComeWithAnEscapedHighlightedSnippet()
    {
        var page = await Search.SearchAsync(new EventFilter { Text = "Habomai " });
        Assert.All(page.Items, e => Assert.Contains("<mark>Habomai</mark>", e.Snippet, StringComparison.OrdinalIgnoreCase));
        var plain = await Search.SearchAsync(new EventFilter());
        Assert.All(plain.Items, e => Assert.Null(e.Snippet));
    }

    [Fact]
    public async Task TextFiltersCombineWithOtherFilters()
    {
        var all = await Search.SearchAsync(new EventFilter { Text = "Soviet " }, pageSize: 200);
        var coldWar = await Search.SearchAsync(new EventFilter { Text = "Soviet ", Eras = ["cold-war"] }, pageSize: 200);
        Assert.InRange(coldWar.Total, 1, all.Total - 1);
        Assert.All(coldWar.Items, e => Assert.Equal("cold-war", e.Era));
        var years = (await Search.FacetsAndYearsAsync(new EventFilter { Text = "Soviet " })).Years;
        Assert.Equal(all.Total, years.Sum(y => y.Count));
    }

    [Fact]
    public async Task PunctuationAloneMatchesNothing()
    {
        var page = await Search.SearchAsync(new EventFilter { Text = "\"*()" });
        Assert.Equal(0, page.Total);
    }

    [Fact]
    public async Task ReingestingUnchangedDocumentsWritesNothingToTheIndex()
    {
        var counter = new IndexWriteCounter();
        var factory = database.CreateFactory("timeline", counter);
        var report = await new IngestionPipeline(factory).IngestAsync(SeededDatabase.SeedsFolder());
        Assert.Equal(0, report.EventsWritten);
        Assert.Equal(0, counter.Writes);
    }

    [Fact]
    public async Task TheIndexFollowsDocumentsThatComeAndGo()
    {
        var folder = Path.Combine(database.Folder, "changing");
        Directory.CreateDirectory(folder);
        var factory = database.CreateFactory("changing");
        var pipeline = new IngestionPipeline(factory);
        using var search = new TimelineReader(factory);
        File.WriteAllText(Path.Combine(folder, "a.txt"), "Zanzibarian notes\n\nIn 1956 the Zanzibarian delegation signed a declaration.\n");
        await pipeline.IngestAsync(folder);
        Assert.NotEqual(0, (await search.SearchAsync(new EventFilter { Text = "Zanzibarian " })).Total);

        File.WriteAllText(Path.Combine(folder, "a.txt"), "Quixotic notes\n\nIn 1956 the quixotic delegation signed a declaration.\n");
        await pipeline.IngestAsync(folder);
        Assert.Equal(0, (await search.SearchAsync(new EventFilter { Text = "Zanzibarian " })).Total);
        Assert.NotEqual(0, (await search.SearchAsync(new EventFilter { Text = "quixotic " })).Total);

        File.Delete(Path.Combine(folder, "a.txt"));
        File.WriteAllText(Path.Combine(folder, "b.txt"), "Other\n\nIn 1990 nothing in particular happened.\n");
        await pipeline.IngestAsync(folder);
        Assert.Equal(0, (await search.SearchAsync(new EventFilter { Text = "quixotic " })).Total);
        await using var context = factory.CreateDbContext();
        Assert.Equal(await context.Events.CountAsync(), await SearchIndex.CountAsync(context));
        await AssertEveryRowMapsToItsEventAsync(context);
    }

    /// <summary>SearchRows names, for each index row, the event that row indexes, and nothing else (PostgreSQL's index is keyed by the event).</summary>
    private static async Task AssertEveryRowMapsToItsEventAsync(TimelineDbContext context)
    {
        if (context.Database.IsNpgsql())
        {
            var indexed = await context.Database.SqlQuery<int>($"SELECT count(*)::integer AS \"Value\" FROM \"SearchIndex\" AS i JOIN \"Events\" AS e ON e.\"Id\" = i.\"EventId\"").SingleAsync();
            Assert.Equal(await context.Events.CountAsync(), indexed);
            return;
        }

        var events = await context.Events.CountAsync();
        var mapped = await context.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM SearchRows").SingleAsync();
        var agreeing = await context.Database.SqlQuery<int>(
            $"SELECT count(*) AS Value FROM SearchRows AS m JOIN SearchIndex AS i ON i.rowid = m.Row JOIN Events AS e ON e.Id = m.EventId WHERE i.EventId = m.EventId").SingleAsync();
        Assert.Equal(events, mapped);
        Assert.Equal(events, agreeing);
    }

    /// <summary>What the index holds for each event: its title, its sentences and the paragraphs they stand in.</summary>
    private async Task<Dictionary<string, string>> SearchableTextsAsync(IEnumerable<EventDocument> events)
    {
        await using var context = database.Factory.CreateDbContext();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            var paragraphs = await context.EventSources.Where(s => s.EventId == e.Id).Select(s => s.Passage.Text).ToListAsync();
            texts[e.Id] = Text(e) + "\n" + string.Join("\n", paragraphs);
        }

        return texts;
    }

    private static string Text(EventDocument e) => e.Title + "\n" + string.Join("\n", e.Sources.Select(s => s.Excerpt));

    private sealed class IndexWriteCounter : DbCommandInterceptor
    {
        public int Writes { get; private set; }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("SearchIndex", StringComparison.Ordinal) || command.CommandText.Contains("SearchRows", StringComparison.Ordinal))
            {
                Writes++;
            }

            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
