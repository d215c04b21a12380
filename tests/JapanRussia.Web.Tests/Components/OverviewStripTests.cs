using Bunit;
using JapanRussia.Core.Queries;
using JapanRussia.Web.Components.Pages.Timeline;

namespace JapanRussia.Web.Tests.Components;

public sealed class OverviewStripTests : BunitContext
{
    private static readonly EraInfo[] Eras =
    [
        new("opening", "Opening", 1850, 1903, "#111111"),
        new("cold-war", "Cold War", 1945, 1991, "#222222"),
        new("today", "Today", 1992, null, "#333333"),
    ];

    [Fact]
    public void EachYearWithEventsIsABarInItsErasColour()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        YearCount[] years = [new(1855, 3), new(1875, 1), new(1956, 9), new(1960, 0), new(1989, 2), new(2022, 4), new(1700, 5)];

        var strip = Render<OverviewStrip>(p => p.Add(c => c.Years, years).Add(c => c.Eras, Eras).Add(c => c.Query, TimelineQuery.Cleared));

        var bars = strip.FindAll("path.bar").ToDictionary(b => b.GetAttribute("fill")!, b => b.GetAttribute("d")!.Split('M', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["#111111", "#222222", "#333333"], bars.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([2, 2, 1], bars.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => b.Value.Length));

        // Square-root heights from a 64-unit baseline: the busiest year (9) is the tallest, 1 is a third of it.
        var heights = bars.Values.SelectMany(b => b).Select(d => 64 - double.Parse(d.Split(' ', 'h')[1], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(60, heights[^1], 1);
        Assert.Equal(20, heights[0], 1);
    }
}
