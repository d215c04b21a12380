using Bunit;
using JapanRussia.Core.Queries;
using JapanRussia.Web.Components.Pages.Timeline;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace JapanRussia.Web.Tests.Components;

public sealed class FilterPanelTests(SeededTimeline timeline) : IClassFixture<SeededTimeline>
{
    [Fact]
    public async Task ThePanelShowsTheFiltersThatTheUrlHolds()
    {
        await using var context = timeline.NewContext();
        var query = TimelineQuery.Parse(["cold-war"], ["territory", "sanctions"], null, null, null, "1950", "1991", "kuril", null);

        var panel = await RenderPanelAsync(context, query);

        Assert.True(panel.Find("#filter-era-cold-war").HasAttribute("checked"));
        Assert.False(panel.Find("#filter-era-post-soviet").HasAttribute("checked"));
        Assert.True(panel.Find("#filter-topic-territory").HasAttribute("checked"));
        Assert.True(panel.Find("#filter-topic-sanctions").HasAttribute("checked"));
        Assert.Equal("kuril", panel.Find("#filter-q").GetAttribute("value"));
        Assert.Equal("1950", panel.Find("#filter-from").GetAttribute("value"));
        Assert.Equal("1991", panel.Find("#filter-to").GetAttribute("value"));
    }

    [Fact]
    public async Task TickingATopicPutsItInTheUrlBesideTheOtherFilters()
    {
        await using var context = timeline.NewContext();
        var navigation = context.Services.GetRequiredService<NavigationManager>();
        var panel = await RenderPanelAsync(context, TimelineQuery.Parse(["cold-war"], null, null, null, null, null, null, null, "3"));

        panel.Find("#filter-topic-territory").Change(true);

        Assert.Equal("/?era=cold-war&topic=territory", new Uri(navigation.Uri).PathAndQuery);
    }

    [Fact]
    public async Task UntickingAnEraRemovesItFromTheUrl()
    {
        await using var context = timeline.NewContext();
        var navigation = context.Services.GetRequiredService<NavigationManager>();
        var panel = await RenderPanelAsync(context, TimelineQuery.Parse(["cold-war", "gorbachev"], null, null, null, null, null, null, null, null));

        panel.Find("#filter-era-cold-war").Change(false);

        Assert.Equal("/?era=gorbachev", new Uri(navigation.Uri).PathAndQuery);
    }

    [Fact]
    public async Task TypingASearchUpdatesTheUrlAfterAPause()
    {
        await using var context = timeline.NewContext();
        var navigation = context.Services.GetRequiredService<NavigationManager>();
        var panel = await RenderPanelAsync(context, TimelineQuery.Cleared);

        panel.Find("#filter-q").Input("Shimoda");

        panel.WaitForAssertion(() => Assert.Equal("/?q=Shimoda", new Uri(navigation.Uri).PathAndQuery), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task ChangingTheYearsKeepsThemInOrder()
    {
        await using var context = timeline.NewContext();
        var navigation = context.Services.GetRequiredService<NavigationManager>();
        var panel = await RenderPanelAsync(context, TimelineQuery.Parse(null, null, null, null, null, "1990", null, null, null));

        panel.Find("#filter-to").Change("1960");

        Assert.Equal("/?from=1960&to=1990", new Uri(navigation.Uri).PathAndQuery);
    }

    [Fact]
    public async Task WithoutACircuitTheFormSubmitsToTheTimelineByGet()
    {
        await using var context = timeline.NewContext();
        context.SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var panel = await RenderPanelAsync(context, TimelineQuery.Cleared);

        var form = panel.Find("form");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/", form.GetAttribute("action"));
        Assert.Equal("era", panel.Find("#filter-era-cold-war").GetAttribute("name"));
        Assert.NotNull(panel.Find("button[type=submit]"));
    }

    private static async Task<IRenderedComponent<FilterPanel>> RenderPanelAsync(BunitContext context, TimelineQuery query)
    {
        var facets = await context.Services.GetRequiredService<TimelineCatalog>().GetFacetsAsync();
        return context.Render<FilterPanel>(p => p
            .Add(c => c.Query, query)
            .Add(c => c.Facets, facets)
            .Add(c => c.Total, 0));
    }
}
