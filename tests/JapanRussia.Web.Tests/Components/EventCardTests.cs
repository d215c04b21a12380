using Bunit;
using JapanRussia.Core.Queries;
using JapanRussia.Web.Components.Common;
using JapanRussia.Web.Components.Pages.Timeline;

namespace JapanRussia.Web.Tests.Components;

/// <summary>Titles, topics, disagreement notes and excerpts come from the sources, so hostile text is tried on each of them.</summary>
public sealed class EventCardTests : BunitContext
{
    private const string Hostile = "<script>alert(1)</script>\"onerror=alert(2) x='y' & <img src=x onerror=alert(3)>";

    private static TimelineEntry Entry(string title, string? disagreement = null, int sources = 1) => new(
        "e1", "1956-10-19", "day", "19 October 1956", title, "cold-war", ["territory", "hostile"], disagreement,
        sources);

    [Fact]
    public void HostileTitlesTopicsAndDisagreementsStayText()
    {
        var entry = Entry(Hostile + " Kuril", Hostile);

        var card = RenderCard(entry, ["kuril"], ("territory", "Territory"), ("hostile", Hostile));

        Assert.Empty(card.FindAll("script, img, [onerror]"));
        Assert.Equal(Hostile + " Kuril", card.Find(".event-title a").TextContent);
        Assert.Equal("/events/e1", card.Find(".event-title a").GetAttribute("href"));
        Assert.Equal(["Territory", Hostile], card.FindAll(".chip.topic").Select(c => c.TextContent));
        Assert.Equal(Hostile, card.Find(".badge.disagreement").GetAttribute("title"));
        Assert.Equal($" for “{Hostile} Kuril”", card.Find("summary .visually-hidden").TextContent);
        Assert.Equal(["Kuril"], card.FindAll(".event-title mark.match").Select(m => m.TextContent));
    }

    [Theory]
    [InlineData(1, "1 source", "Show the source")]
    [InlineData(3, "3 sources", "Show 3 sources")]
    public void TheCardSaysHowManySourcesStateTheEvent(int sources, string badge, string summary)
    {
        var entry = Entry("Joint declaration", sources: sources);

        var card = RenderCard(entry, []);

        Assert.Equal(badge, card.Find(".badge.sources").TextContent);
        Assert.Equal($"{summary} for “Joint declaration”", card.Find("summary").TextContent);
        Assert.Empty(card.FindAll(".badge.disagreement"));
        Assert.Empty(card.FindAll("mark"));
    }

    [Fact]
    public void ADateSameAsItsYearHeadingIsMarkedSo()
    {
        var year = RenderCard(new TimelineEntry("e2", "1956", "year", "1956", "t", "cold-war", [], null, 0), []);
        var day = RenderCard(Entry("t"), []);

        Assert.Contains("same-as-year", year.Find(".event-date").ClassList);
        Assert.DoesNotContain("same-as-year", day.Find(".event-date").ClassList);
        Assert.Equal("1956-10-19", day.Find("time").GetAttribute("datetime"));
    }

    [Fact]
    public void ACardWithoutLoadedParagraphsLinksToTheEventPageAndSaysWhereToFetchThem()
    {
        var card = RenderCard(Entry("Joint declaration", sources: 2), ["joint"]);

        Assert.Null(card.Find("details").GetAttribute("open"));
        Assert.Equal("/events/e1/excerpts?q=joint", card.Find("details").GetAttribute("data-excerpts"));
        Assert.Equal("/events/e1", card.Find(".excerpts-pending a").GetAttribute("href"));
        Assert.Equal("Read the 2 sources on the event page", card.Find(".excerpts-pending a").TextContent);
    }

    [Fact]
    public void HostileExcerptsStayTextAndKeepTheirHighlights()
    {
        var paragraph = Hostile + " Kuril talks. " + Hostile;
        var sentenceStart = Hostile.Length + 1;
        var source = new SourceContext("e1", 9, "a.md", Hostile, 5, 100, paragraph, 100 + sentenceStart, 100 + sentenceStart + "Kuril talks.".Length);

        var excerpt = Render<ExcerptInContext>(p => p.Add(c => c.Source, source).Add(c => c.Terms, ["kuril", "script"]));

        Assert.Empty(excerpt.FindAll("script, img, [onerror]"));
        Assert.Equal(paragraph, excerpt.Find("blockquote p").TextContent);
        Assert.Equal("Kuril talks.", excerpt.Find("mark.sentence").TextContent);
        Assert.Equal("Kuril", excerpt.Find("mark.sentence mark.match").TextContent);
        Assert.Equal(4, excerpt.FindAll("blockquote mark.match").Count(m => m.TextContent == "script"));
        Assert.Equal(Hostile, excerpt.Find("cite").TextContent);
        Assert.Equal($" “{Hostile}”", excerpt.Find("figcaption a .visually-hidden").TextContent);
        var link = $"/sources/9?highlight={100 + sentenceStart}-{100 + sentenceStart + 12}#p-5";
        Assert.Equal(link, excerpt.Find("figcaption a").GetAttribute("href"));
        Assert.Equal(link, excerpt.Find("blockquote").GetAttribute("cite"));
    }

    internal static TimelineView ViewWithTopics(params (string Id, string Name)[] topics) => new(
        new ResultPage<TimelineEntry>(0, 1, 25, []), [], [], new TimelineFacets([], topics.Select(t => new FacetValue(t.Id, t.Name, 1)).ToList(), [], [], []));

    private IRenderedComponent<EventCard> RenderCard(TimelineEntry entry, IReadOnlyList<string> terms, params (string Id, string Name)[] topics) =>
        Render<EventCard>(p => p.Add(c => c.Event, entry).Add(c => c.View, ViewWithTopics(topics)).Add(c => c.Terms, terms));
}
