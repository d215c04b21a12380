using JapanRussia.Web.Components.Pages.Timeline;
using JapanRussia.Web.Components.Pages.Timeline.Axis;

namespace JapanRussia.Web.Tests.Components.Axis;

public sealed class AxisWindowTests
{
    private static AxisWindow Whole => new(AxisWindow.First, AxisWindow.Last);

    [Fact]
    public void ZoomingInAroundAYearAgainAndAgainEndsAtThatYearAlone()
    {
        var window = Whole;
        for (var step = 0; step < 12 && window.CanZoomIn; step++)
        {
            var next = window.ZoomIn(1956.5);
            Assert.True(next.Years < window.Years);
            Assert.InRange(1956, next.From, next.To);
            window = next;
        }

        Assert.Equal(new AxisWindow(1956, 1956), window);
    }

    [Fact]
    public void ZoomingOutAgainAndAgainEndsAtTheWholeTimelineWhoseAddressHasNoYears()
    {
        var window = new AxisWindow(1956, 1956);
        while (window.CanZoomOut)
        {
            window = window.ZoomOut(window.Centre);
        }

        Assert.Equal(Whole, window);
        Assert.Equal("/?view=axis", window.Apply(TimelineAddress.Cleared with { View = TimelineViewMode.Axis }).ToUrl());
    }

    [Theory]
    [InlineData(1900, 1939, -1, 1890, 1929)]
    [InlineData(1900, 1939, 1, 1910, 1949)]
    [InlineData(1852, 1891, -1, 1850, 1889)]
    [InlineData(1956, 1956, 1, 1957, 1957)]
    public void PanningMovesAQuarterOfTheWindowAndStopsAtTheBounds(int from, int to, int direction, int newFrom, int newTo) =>
        Assert.Equal(new AxisWindow(newFrom, newTo), new AxisWindow(from, to).Pan(direction));

    [Fact]
    public void AWindowKeepsTheOtherFiltersInItsAddress()
    {
        var query = TimelineAddress.FromUrl("/?era=cold-war&q=kuril&view=axis");

        Assert.Equal("/?era=cold-war&from=1950&to=1960&q=kuril&view=axis", new AxisWindow(1950, 1960).Apply(query).ToUrl());
    }

    [Fact]
    public void TheQueryYearsChooseTheWindowAndAnOpenEndIsTheBound()
    {
        Assert.Equal(new AxisWindow(1950, AxisWindow.Last), AxisWindow.Of(TimelineAddress.FromUrl("/?from=1950")));
        Assert.Equal(new AxisWindow(AxisWindow.First, 1900), AxisWindow.Of(TimelineAddress.FromUrl("/?to=1900")));
        Assert.Equal(new AxisWindow(AxisWindow.First, 1851), AxisWindow.Of(TimelineAddress.FromUrl("/?from=1700&to=1851")));
    }
}
