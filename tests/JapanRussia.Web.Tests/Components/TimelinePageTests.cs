using Bunit;
using JapanRussia.Web.Components.Pages.Timeline;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace JapanRussia.Web.Tests.Components;

public sealed class TimelinePageTests(SeededTimeline timeline) : IClassFixture<SeededTimeline>
{
    [Fact]
    public void EventsAppearInDateOrderUnderTheirEras()
    {
        using var context = timeline.NewContext();

        var page = context.Render<TimelinePage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".event-card")));
        var eras = page.FindAll(".era-heading .era-name").Select(e => e.TextContent).ToList();
        Assert.Equal(["Opening and first treaties", "Russo-Japanese War and imperial rivalry", "Cold War", "Rupture over Ukraine"], eras);
        var years = page.FindAll(".year-heading").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(years.Order(StringComparer.Ordinal), years);
        Assert.Contains("4 events", page.Find(".count").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEraInTheUrlNarrowsTheList()
    {
        using var context = timeline.NewContext();

        var page = RenderAt(context, "/?era=cold-war");

        page.WaitForAssertion(() => Assert.Single(page.FindAll(".event-card")));
        Assert.Equal("19 October 1956", page.Find(".event-card .date-label").TextContent);
        Assert.Contains("Remove filter Era: Cold War", page.Find(".active-filters a").GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal("/", page.Find(".active-filters a").GetAttribute("href"));
    }

    [Fact]
    public void SearchTermsAreHighlightedInTitlesAndExcerpts()
    {
        using var context = timeline.NewContext();

        var page = RenderAt(context, "/?q=shimoda");

        page.WaitForAssertion(() => Assert.Single(page.FindAll(".event-card")));
        Assert.Equal("Shimoda", page.Find(".event-title mark.match").TextContent);
        Assert.Contains(page.FindAll(".excerpt mark.match"), m => m.TextContent == "Shimoda");
    }

    [Fact]
    public void NothingMatchingSaysWhichFilterToLoosen()
    {
        using var context = timeline.NewContext();

        var page = RenderAt(context, "/?era=gorbachev&q=treaty");

        page.WaitForAssertion(() => Assert.Equal("No events match these filters", page.Find(".empty-result h2").TextContent));
        var loosen = page.FindAll(".empty-result li a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("Remove search “treaty”", "/?era=gorbachev"), loosen);
        Assert.Contains(("Remove era “Gorbachev and the Soviet collapse”", "/?q=treaty"), loosen);
        Assert.Contains("0 events", page.Find(".count").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AClosedCardHoldsNoExcerptsOnlyWhereToFetchThemAndALinkToTheEventPage()
    {
        using var context = timeline.NewContext();

        var page = RenderAt(context, "/?from=1956&to=1956");

        page.WaitForAssertion(() => Assert.Single(page.FindAll(".event-card")));
        var details = page.Find(".event-card details");
        Assert.False(details.HasAttribute("open"));
        Assert.Empty(page.FindAll(".event-card .excerpt"));
        var eventLink = page.Find(".event-card .event-title a").GetAttribute("href")!;
        Assert.Equal(eventLink + "/excerpts", details.GetAttribute("data-excerpts"));
        Assert.Equal(eventLink, page.Find(".event-card .excerpts-pending a").GetAttribute("href"));
        Assert.Equal("Read the source on the event page", page.Find(".event-card .excerpts-pending a").TextContent);
    }

    [Fact]
    public void WithASearchACardWithFewSourcesOpensWithItsParagraphsAndTheWordsMarked()
    {
        using var context = timeline.NewContext();

        var page = RenderAt(context, "/?q=shimoda");

        page.WaitForAssertion(() => Assert.Single(page.FindAll(".event-card")));
        Assert.True(page.Find(".event-card details").HasAttribute("open"));
        Assert.False(page.Find(".event-card details").HasAttribute("data-excerpts"));
        Assert.Contains("Shimoda", page.Find(".event-card details mark.sentence").TextContent, StringComparison.Ordinal);
        Assert.Matches(@"^/sources/\d+\?highlight=\d+-\d+#p-\d+$", page.Find(".event-card details figcaption a").GetAttribute("href")!);
    }

    /// <summary>Arrives at the page by its URL, as a reader following a link does.</summary>
    private static IRenderedComponent<TimelinePage> RenderAt(BunitContext context, string url)
    {
        context.Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        return context.Render<TimelinePage>();
    }
}
