using Bunit;
using JapanRussia.Core.Queries;
using JapanRussia.Web.Components.Pages.Timeline;
using Microsoft.AspNetCore.Components;

namespace JapanRussia.Web.Tests.Components;

public sealed class OverviewStripTests : BunitContext
{
    private static readonly EraInfo[] Eras = SampleEras.All;

    [Fact]
    public void EachYearWithEventsIsABarInItsErasColour()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        YearCount[] years = [new(1855, 3), new(1875, 1), new(1956, 9), new(1960, 0), new(1989, 2), new(2022, 4), new(1700, 5)];

        var strip = Render<OverviewStrip>(p => p.Add(c => c.Years, years).Add(c => c.Eras, Eras).Add(c => c.Address, TimelineAddress.Cleared));

        var bars = strip.FindAll("path.bar").ToDictionary(b => b.GetAttribute("fill")!, b => b.GetAttribute("d")!.Split('M', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["#111111", "#222222", "#333333"], bars.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([2, 2, 1], bars.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => b.Value.Length));

        // Square-root heights from a 64-unit baseline: the busiest year (9) is the tallest, 1 is a third of it.
        var heights = bars.Values.SelectMany(b => b).Select(d => 64 - double.Parse(d.Split(' ', 'h')[1], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(60, heights[^1], 1);
        Assert.Equal(20, heights[0], 1);
    }

    [Fact]
    public void TheBrushOverTheStripGetsTheCountsOfEveryYearAndTheViewsAddress()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        YearCount[] years = [new(1855, 3), new(1956, 9), new(1700, 5)];
        var address = TimelineAddress.FromUrl("/?era=cold-war&from=1950&to=1960");

        var strip = Render<OverviewStrip>(p => p.Add(c => c.Years, years).Add(c => c.Eras, Eras).Add(c => c.Address, address));

        var brush = strip.FindComponent<YearBrush>().Instance;
        Assert.Equal("/?era=cold-war&from=1950&to=1960", brush.Url);
        Assert.Equal(OverviewStrip.LastYear - OverviewStrip.FirstYear + 1, brush.Counts.Length);
        Assert.Equal(12, brush.Counts.Sum());
        Assert.Equal(9, brush.Counts[1956 - OverviewStrip.FirstYear]);
        Assert.Equal(Eras, brush.Eras);
    }
}
