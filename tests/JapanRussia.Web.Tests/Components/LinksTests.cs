using JapanRussia.Web.Components.Common;

namespace JapanRussia.Web.Tests.Components;

public sealed class LinksTests
{
    [Theory]
    [InlineData("topic", "territory", "/?topic=territory")]
    [InlineData("place", "Kuril & Sakhalin", "/?place=Kuril%20%26%20Sakhalin")]
    [InlineData("person", "Лавров", "/?person=%D0%9B%D0%B0%D0%B2%D1%80%D0%BE%D0%B2")]
    [InlineData("source", "a#b?.md", "/?source=a%23b%3F.md")]
    public void ATimelineFilterLinkCarriesItsValueEncoded(string filter, string value, string expected) =>
        Assert.Equal(expected, Links.TimelineBy(filter, value));

    [Fact]
    public void ExcerptLinksCarryTheSearchWordsOnlyWhenThereAreSome()
    {
        Assert.Equal("/events/a%2Fb/excerpts", Links.EventExcerpts("a/b", []));
        Assert.Equal("/events/e1/excerpts?q=joint%20declaration", Links.EventExcerpts("e1", ["joint", "declaration"]));
    }

    [Fact]
    public void TheReaderLinkHighlightsTheSpanAndScrollsToItsParagraph() =>
        Assert.Equal("/sources/7?highlight=1000-1064#p-4", Links.SourceAt(7, 4, 1000, 1064));

    [Theory]
    [InlineData(0, "/sources")]
    [InlineData(1, "/sources")]
    [InlineData(3, "/sources?page=3")]
    public void TheFirstPageOfTheSourcesIsThePlainAddress(int page, string expected) =>
        Assert.Equal(expected, Links.Sources(page));
}
