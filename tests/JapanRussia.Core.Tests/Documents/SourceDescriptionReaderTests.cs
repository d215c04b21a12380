using System.Text;
using JapanRussia.Core.Documents;

namespace JapanRussia.Core.Tests.Documents;

/// <summary>A document described as a source: from front matter, else from its own furniture, else from what it is.</summary>
public sealed class SourceDescriptionReaderTests
{
    [Theory]
    [InlineData("A history of rocky relations\n\nAP News\nPosted: Dec 15, 2016 9:47 AM\n\nIn 1855 they signed.", "A history of rocky relations", "AP News", "2016-12-15")]
    [InlineData("Japan-Russia Relations\n\nIn 1956 they signed.\n\nJoin the GlobalSecurity.org mailing list\n\nPage last modified: 22-03-2022 10:52:10 ZULU", "Japan-Russia Relations", "GlobalSecurity.org", "2022-03-22")]
    [InlineData("Appendix 4 - Irkutsk Statement (2001)\n\nPublished online by Cambridge University Press:  26 March 2024\n\nIn 2001 they met.", "Appendix 4 - Irkutsk Statement (2001)", "Cambridge University Press", "2024-03-26")]
    [InlineData("Talks resume\nThe Japan Times\nPublished: 6 September 2000\n\nIn 2000 they met.", "Talks resume", "The Japan Times", "2000-09-06")]
    [InlineData("In preparation for the conference, in 1917 the Office wrote.\n\nLast updated: November 14, 2017", "Untitled text of 14 November 2017", null, "2017-11-14")]
    [InlineData("Japan–Russia relations\n\nRelations between Russia and Japan are a continuation, as of 2011.", "Japan–Russia relations", null, null)]
    [InlineData("= Battle of Shumshu =\n\nIn 1945 the battle was fought.", "Battle of Shumshu", null, null)]
    [InlineData("UNITED24 - Make a charitable donation in support of Ukraine!\n\n\nJapan-Russia Relations\n\nIn 2022 talks ended.", "Japan-Russia Relations", null, null)]
    public void FurnitureDescribesADocumentWithoutFrontMatter(string text, string title, string? publisher, string? published)
    {
        var document = Read(text);

        Assert.Equal(title, document.Title);
        Assert.Equal(publisher, document.Publisher);
        Assert.Equal(published, document.PublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Historically, the two countries had cordial relations until the Russo–Japanese War in 1904.\nIn 2018 Abe followed up on a proposal.", "Untitled text, 1904–2018")]
    [InlineData("AP News\nPosted: Dec 15, 2016 9:47 AM\nPutin is in Japan this week for talks with Abe.", "AP News, 15 December 2016")]
    [InlineData("They met and talked for a long time without a date.", "doc")]
    public void ADocumentWithoutATitleLineIsTitledByWhatItIsNotByItsFirstSentence(string text, string title) =>
        Assert.Equal(title, Read(text).Title);

    [Fact]
    public void FrontMatterSaysItBestAndItsAddressNamesThePublisherWhenNothingElseDoes()
    {
        var document = Read("---\ntitle: Russia Halts Peace Treaty Talks with Japan\nsource: https://www.nippon.com/en/news/x.html\npublished: 2022-03-22\n---\nNewsfrom Japan\nPosted: Dec 15, 2016 9:47 AM\n");

        Assert.Equal("Russia Halts Peace Treaty Talks with Japan", document.Title);
        Assert.Equal("nippon.com", document.Publisher);
        Assert.Equal(new DateOnly(2022, 3, 22), document.PublishedOn);
    }

    [Fact]
    public void AFrontMatterPublisherIsKept() =>
        Assert.Equal("Kyodo", Read("---\npublisher: Kyodo\nsource: https://japantoday.com/a\n---\nIn 2022 talks ended.\n").Publisher);

    [Theory]
    [InlineData("AP News", "2016-12-15", "A history", "AP News, 15 December 2016")]
    [InlineData(null, "2016-12-15", "A history", "A history, 15 December 2016")]
    [InlineData(null, null, "Japan–Russia relations", "Japan–Russia relations")]
    [InlineData("GlobalSecurity.org", null, "Japan-Russia Relations", "GlobalSecurity.org")]
    public void ACitationNamesThePublisherAndTheDay(string? publisher, string? published, string title, string citation) =>
        Assert.Equal(citation, SourceDescription.Citation(title, publisher, published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void TheSeedsAreDescribedAsSources()
    {
        var seeds = Path.Combine(Search.SeededDatabase.SeedsFolder());
        var described = Directory.GetFiles(seeds).Order(StringComparer.Ordinal)
            .Select(f => DocumentReader.Read(Path.GetFileName(f), File.ReadAllBytes(f)))
            .Select(d => new SourceDescription(d.Title, d.Publisher, d.SourceUrl, d.PublishedOn).Citation())
            .ToList();

        Assert.Equal("AP News, 15 December 2016", described[0]);
        Assert.Equal("GlobalSecurity.org, 22 March 2022", described[3]);
        Assert.DoesNotContain(described, c => c.StartsWith("Historically", StringComparison.Ordinal));
    }

    private static SourceDocument Read(string text) => DocumentReader.Read("doc.txt", Encoding.UTF8.GetBytes(text));
}
