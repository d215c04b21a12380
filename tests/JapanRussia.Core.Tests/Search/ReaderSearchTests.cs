using JapanRussia.Core.Export;
using JapanRussia.Core.Queries;
using JapanRussia.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Tests.Search;

/// <summary>
/// Search over the seeds as a reader means it: names beside the sentence, other forms of a word, and the words a
/// reader uses for what a source says in its own ("halt" for "abandoning the discussions"). Shared by both stores: run by
/// <see cref="SqliteReaderSearchTests"/> and <see cref="PostgresReaderSearchTests"/>.
/// </summary>
public abstract class ReaderSearchTests(SeededDatabase database)
{
    private TimelineReader Search => new(database.Factory);

    [Fact]
    public async Task NodaFindsThe2012SummitHeHeld()
    {
        var page = await Search.SearchAsync(new EventFilter { Text = "Noda" }, sort: EventSort.Relevance);
        Assert.Equal("2012-06-18", page.Items[0].Start);
        Assert.Contains("Summit", page.Items[0].Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Iturup")]
    [InlineData("Etorofu")]
    [InlineData("iturup ")]
    public async Task AnIslandNamedOnlyInTheParagraphFindsThe2016Visit(string text)
    {
        var page = await Search.SearchAsync(new EventFilter { Text = text }, sort: EventSort.Relevance);
        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, e => Assert.StartsWith("2016-12", e.Start, StringComparison.Ordinal));
        Assert.Contains(page.Items, e => e.Title.Contains("visit to Japan", StringComparison.Ordinal));

        // Found by the paragraph: neither the title nor the sentence names the island.
        Assert.All(page.Items, e => Assert.DoesNotContain("Iturup", e.Title + string.Concat(e.Sources.Select(s => s.Excerpt)), StringComparison.OrdinalIgnoreCase));
        Assert.All(page.Items, e => Assert.Contains("<mark>Iturup</mark>", e.Snippet, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("halt")]
    [InlineData("halted ")]
    [InlineData("halting")]
    [InlineData("suspension ")]
    [InlineData("halt talks")]
    public async Task WordsForStoppingTalksFindThe2022Halt(string text)
    {
        // Among the first few: 1980's "to suspend Siberian development loans" is a halt too.
        var page = await Search.SearchAsync(new EventFilter { Text = text }, sort: EventSort.Relevance);
        var halt = Assert.Single(page.Items.Take(3), e => e.Start == "2022-03-21");
        Assert.Contains("abandoning the discussions", halt.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuotedWordIsSearchedAloneWithoutItsFamily()
    {
        var quoted = await Search.SearchAsync(new EventFilter { Text = "\"halt\"" });
        var family = await Search.SearchAsync(new EventFilter { Text = "halt " });
        Assert.Equal(0, quoted.Total);
        Assert.NotEqual(0, family.Total);
    }

    [Theory]
    [InlineData("suspend ", "suspended ")]
    [InlineData("negotiations ", "negotiating ")]
    [InlineData("Kurils ", "Kuriles ")]
    [InlineData("Kuril ", "Chishima ")]
    public async Task FormsOfAWordAndItsSpellingsFindTheSameEvents(string one, string other)
    {
        var first = await Search.SearchAsync(new EventFilter { Text = one }, pageSize: 200);
        var second = await Search.SearchAsync(new EventFilter { Text = other }, pageSize: 200);
        Assert.NotEqual(0, first.Total);
        Assert.Equal(first.Items.Select(e => e.Id).Order(), second.Items.Select(e => e.Id).Order());
    }

    [Theory]
    [InlineData("Putin")]
    [InlineData("Abe")]
    [InlineData("Habomai")]
    [InlineData("Shikotan")]
    [InlineData("Gorbachev")]
    public async Task TitlesRankAboveSentencesAboveParagraphs(string word)
    {
        var page = await Search.SearchAsync(new EventFilter { Text = word + " " }, pageSize: 200, sort: EventSort.Relevance);
        var places = page.Items.Select(e => WhereItStands(e, word)).ToList();

        Assert.Contains(2, places);
        Assert.Equal(places.Order(), places);
    }

    [Theory]
    [InlineData("kuri*", "Kuril")]
    [InlineData("negoti", "negotiat")]
    [InlineData("\"joint declaration\"", "joint declaration")]
    [InlineData("\"joint decl\"*", "joint declaration")]
    public async Task PhrasesAndPrefixesKeepWorkingOverParagraphs(string text, string expected)
    {
        var page = await Search.SearchAsync(new EventFilter { Text = text }, pageSize: 200);
        Assert.NotEmpty(page.Items);
        foreach (var e in page.Items)
        {
            Assert.Contains(expected, await IndexedTextAsync(e.Id), StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>
    /// The index stems what it stores and what it is asked, prefixes too: a prefix that reaches past a word's stem does
    /// not find it ("cooperati" is not the start of "cooper", which "cooperation" is stored as) unless it is a whole form.
    /// </summary>
    [Theory]
    [InlineData("cooper", true)]
    [InlineData("cooperation", true)]
    [InlineData("cooperati", false)]
    public async Task APrefixIsStemmedBeforeItIsMatched(string text, bool finds)
    {
        var page = await Search.SearchAsync(new EventFilter { Text = text });
        Assert.Equal(finds, page.Total > 0);
    }

    /// <summary>0 when the title holds the word, 1 when a sentence does, 2 when only a paragraph does.</summary>
    private static int WhereItStands(EventDocument e, string word)
    {
        if (e.Title.Contains(word, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        return e.Sources.Any(s => s.Excerpt.Contains(word, StringComparison.OrdinalIgnoreCase)) ? 1 : 2;
    }

    private async Task<string> IndexedTextAsync(string eventId)
    {
        await using var context = database.Factory.CreateDbContext();
        var e = await context.Events.SingleAsync(x => x.Id == eventId);
        var sentences = await context.EventSources.Where(s => s.EventId == eventId).Select(s => s.Excerpt + "\n" + s.Passage.Text).ToListAsync();
        return e.Title + "\n" + string.Join("\n", sentences);
    }
}
