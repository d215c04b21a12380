using Bunit;
using JapanRussia.Core.Queries;
using JapanRussia.Web.Components.Pages.Timeline;
using Microsoft.Extensions.DependencyInjection;

namespace JapanRussia.Web.Tests.Components;

/// <summary>
/// The panel is a plain GET form: what it shows comes from the URL, and what it submits is the next URL. Turning each
/// change into a navigation is the browser script's job, tested end to end (TimelineJourneyTests).
/// </summary>
public sealed class FilterPanelTests(SeededTimeline timeline) : IClassFixture<SeededTimeline>
{
    [Fact]
    public async Task ThePanelShowsTheFiltersThatTheUrlHolds()
    {
        await using var context = timeline.NewContext();
        var address = TimelineAddress.FromUrl("/?era=cold-war&topic=territory&topic=sanctions&from=1950&to=1991&q=kuril");

        var panel = await RenderPanelAsync(context, address);

        Assert.True(panel.Find("#filter-era-cold-war").HasAttribute("checked"));
        Assert.False(panel.Find("#filter-era-post-soviet").HasAttribute("checked"));
        Assert.True(panel.Find("#filter-topic-territory").HasAttribute("checked"));
        Assert.True(panel.Find("#filter-topic-sanctions").HasAttribute("checked"));
        Assert.Equal("kuril", panel.Find("#filter-q").GetAttribute("value"));
        Assert.Equal("1950", panel.Find("#filter-from").GetAttribute("value"));
        Assert.Equal("1991", panel.Find("#filter-to").GetAttribute("value"));
    }

    [Fact]
    public async Task TheFormSubmitsEachFilterByGetToTheTimeline()
    {
        await using var context = timeline.NewContext();

        var panel = await RenderPanelAsync(context, TimelineAddress.Cleared);

        var form = panel.Find("form");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/", form.GetAttribute("action"));
        var names = panel.FindAll("input[name], select[name]").Select(e => e.GetAttribute("name")).Distinct().Order(StringComparer.Ordinal);
        // The seeded documents name places but no people; a facet with nothing to choose is left out.
        Assert.Equal(["disagree", "era", "from", "place", "q", "source", "to", "topic"], names);
        Assert.Equal("Apply filters", panel.Find("button[type=submit]").TextContent);
        Assert.Empty(panel.FindAll("a.button"));
    }

    [Fact]
    public async Task ASourceNotInTheListIsStillShownAsChosen()
    {
        await using var context = timeline.NewContext();

        var panel = await RenderPanelAsync(context, TimelineAddress.FromUrl("/?source=gone.txt"));

        var chosen = panel.Find("#filter-source-chosen-0");
        Assert.True(chosen.HasAttribute("checked"));
        Assert.Equal(("source", "gone.txt"), (chosen.GetAttribute("name"), chosen.GetAttribute("value")));
        Assert.Equal("", panel.Find("#filter-source option[selected]").GetAttribute("value"));
        Assert.Equal("/", panel.Find("a.button").GetAttribute("href"));
    }

    [Fact]
    public async Task TheFieldsTypedIntoAreLeftAloneWhenANewPageIsPatchedInAndTheFormCarriesTheirValues()
    {
        await using var context = timeline.NewContext();
        var address = TimelineAddress.FromUrl("/?from=1991&to=1950&q=kuril");

        var panel = await RenderPanelAsync(context, address);

        // What is typed while a page loads must survive the patch that follows; the script then sets them from the form.
        Assert.True(panel.Find("#filter-q").ParentElement!.HasAttribute("data-permanent"));
        Assert.True(panel.Find("#filter-from").ParentElement!.HasAttribute("data-permanent"));
        var form = panel.Find("form");
        Assert.Equal(("kuril", "1950", "1991"), (form.GetAttribute("data-q"), form.GetAttribute("data-from"), form.GetAttribute("data-to")));
    }

    [Fact]
    public async Task TheSearchBoxIsDescribedByAHintOnPhrasesAndPrefixes()
    {
        await using var context = timeline.NewContext();

        var panel = await RenderPanelAsync(context, TimelineAddress.Cleared);

        var hint = panel.Find("#" + panel.Find("#filter-q").GetAttribute("aria-describedby"));
        Assert.Contains("\"joint declaration\" finds the phrase", hint.TextContent, StringComparison.Ordinal);
        Assert.Contains("kuri* finds words that begin so", hint.TextContent, StringComparison.Ordinal);
    }

    private static async Task<IRenderedComponent<FilterPanel>> RenderPanelAsync(BunitContext context, TimelineAddress address)
    {
        var (facets, _) = await context.Services.GetRequiredService<TimelineReader>().FacetsAndYearsAsync(EventFilter.Everything);
        return context.Render<FilterPanel>(p => p.Add(c => c.Address, address).Add(c => c.Facets, facets));
    }
}
