using Bunit;
using JapanRussia.Core.Queries;
using JapanRussia.Web.Components.Pages.Timeline;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace JapanRussia.Web.Tests.Components;

/// <summary>The overview strip's brush: what its label says while a span is dragged, and where letting go leads.</summary>
public sealed class YearBrushTests : BunitContext
{
    private static readonly EraInfo[] Eras = SampleEras.All;

    public YearBrushTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Theory]
    [InlineData(1955, 1957, "1955–1957: 12 events")]
    [InlineData(1957, 1955, "1955–1957: 12 events")]
    [InlineData(1956, 1956, "1956: 9 events")]
    [InlineData(1855, 1855, "1855: 1 event")]
    [InlineData(1900, 1950, "1900–1950: 0 events")]
    [InlineData(1700, 1855, "1850–1855: 1 event")]
    public void WhileDraggingTheLabelCountsTheEventsOfTheSpan(int from, int to, string expected)
    {
        var brush = RenderBrush("/?topic=territory");

        brush.InvokeAsync(() => brush.Instance.Preview(from, to));

        Assert.Equal(expected, brush.Find(".brush-label").TextContent);
    }

    [Fact]
    public void LettingGoFiltersToTheSpanAndKeepsTheOtherFilters()
    {
        var brush = RenderBrush("/?era=cold-war&topic=territory&q=kuril&page=3");

        brush.InvokeAsync(() => brush.Instance.Preview(1960, 1950));
        brush.InvokeAsync(() => brush.Instance.SelectYears(1960, 1950));

        Assert.Equal("/?era=cold-war&topic=territory&from=1950&to=1960&q=kuril", new Uri(Services.GetRequiredService<NavigationManager>().Uri).PathAndQuery);
        Assert.Equal("", brush.Find(".brush-label").TextContent);
    }

    [Theory]
    [InlineData(1956, "/?era=cold-war&q=kuril")]
    [InlineData(2030, "/?era=today&q=kuril")]
    public void AClickPicksTheEraOfThatYearAlone(int year, string expected)
    {
        var brush = RenderBrush("/?era=opening&from=1990&to=2000&q=kuril");

        brush.InvokeAsync(() => brush.Instance.SelectYear(year));

        Assert.Equal(expected, new Uri(Services.GetRequiredService<NavigationManager>().Uri).PathAndQuery);
    }

    [Fact]
    public void TheBrushSaysWhenItIsLive()
    {
        var brush = RenderBrush("/");

        Assert.Equal("true", brush.Find(".brush-area").GetAttribute("data-interactive"));
        Assert.Empty(brush.Find(".brush-label").TextContent);
    }

    private IRenderedComponent<YearBrush> RenderBrush(string url)
    {
        // 1855: 1, 1955: 1, 1956: 9, 1957: 2.
        var counts = new int[OverviewStrip.LastYear - OverviewStrip.FirstYear + 1];
        counts[1855 - OverviewStrip.FirstYear] = 1;
        counts[1955 - OverviewStrip.FirstYear] = 1;
        counts[1956 - OverviewStrip.FirstYear] = 9;
        counts[1957 - OverviewStrip.FirstYear] = 2;
        return Render<YearBrush>(p => p.Add(c => c.Url, url).Add(c => c.Counts, counts).Add(c => c.Eras, Eras));
    }
}
