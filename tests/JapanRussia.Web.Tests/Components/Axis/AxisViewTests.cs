using Bunit;
using JapanRussia.Web.Components.Pages.Timeline;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace JapanRussia.Web.Tests.Components.Axis;

public sealed class AxisViewTests(SeededTimeline timeline) : IClassFixture<SeededTimeline>
{
    [Fact]
    public void TheAxisViewPlacesTheSameFilteredEventsAsTheListWithTheirTitleAndDate()
    {
        using var context = timeline.NewContext();
        var list = RenderAt(context, "/?era=cold-war");
        list.WaitForAssertion(() => Assert.Single(list.FindAll(".event-card")));
        var listCount = list.Find(".count").TextContent;
        var (title, date) = (list.Find(".event-card .event-title").TextContent.Trim(), list.Find(".event-card .date-label").TextContent.Trim());

        var page = RenderAt(context, "/?era=cold-war&view=axis");

        page.WaitForAssertion(() => Assert.Single(page.FindAll(".axis-mark a")));
        Assert.Equal(listCount, page.Find(".count").TextContent);
        Assert.Empty(page.FindAll(".event-card"));
        var mark = page.Find(".axis-mark a");
        Assert.Equal("19 October 1956", date);
        Assert.Equal($"{title}, {date}", mark.GetAttribute("aria-label"));
        Assert.StartsWith("/events/", mark.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("point", page.Find(".axis-mark").ClassList);
        Assert.Equal("page", page.Find(".view-switch a[href='/?era=cold-war&view=axis']").GetAttribute("aria-current"));
        Assert.Null(page.Find(".view-switch a[href='/?era=cold-war']").GetAttribute("aria-current"));
    }

    [Fact]
    public void TheAxisButtonsAreLinksToTheNextWindowsAndTheErasLieBehind()
    {
        using var context = timeline.NewContext();

        var page = RenderAt(context, "/?from=1950&to=1960&view=axis");

        page.WaitForAssertion(() => Assert.Equal("1950–1960", page.Find(".axis-range").TextContent.Replace("Showing ", "", StringComparison.Ordinal)));
        Assert.Equal("/?from=1953&to=1957&view=axis", page.Find("a[data-step=in]").GetAttribute("href"));
        Assert.Equal("/?from=1945&to=1966&view=axis", page.Find("a[data-step=out]").GetAttribute("href"));
        Assert.Equal("/?from=1948&to=1958&view=axis", page.Find("a[data-step=earlier]").GetAttribute("href"));
        Assert.Equal("/?from=1952&to=1962&view=axis", page.Find("a[data-step=later]").GetAttribute("href"));
        Assert.Equal(["Cold War"], page.FindAll(".axis-era span").Select(e => e.TextContent));
        Assert.Contains("1 event", page.Find(".axis-track").GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?q=shimoda&view=axis", 1)]
    [InlineData("/?q=nosuchword&view=axis", 0)]
    [InlineData("/?from=1900&to=1960&view=axis", 2)]
    public void TheAxisCountsWhatTheListCounts(string url, int expected)
    {
        using var context = timeline.NewContext();

        var page = RenderAt(context, url);

        page.WaitForAssertion(() => Assert.Equal(expected, page.FindAll(".axis-mark a").Count));
        Assert.Equal(expected == 1 ? "1 event" : $"{expected} events", page.Find(".count").TextContent);
        Assert.Equal(expected == 0, page.FindAll(".empty-result").Count > 0);
    }

    [Fact]
    public void TheExportOfTheAxisViewCarriesTheFiltersButNotTheView()
    {
        using var context = timeline.NewContext();

        var page = RenderAt(context, "/?era=cold-war&view=axis");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".export-links a")));
        Assert.Equal("/api/export?format=csv&era=cold-war", page.Find(".export-links a[data-format=csv]").GetAttribute("href"));
    }

    private static IRenderedComponent<TimelinePage> RenderAt(BunitContext context, string url)
    {
        context.Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        return context.Render<TimelinePage>();
    }
}
