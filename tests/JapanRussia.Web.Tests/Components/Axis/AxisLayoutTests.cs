using System.Globalization;
using JapanRussia.Core.Dates;
using JapanRussia.Core.Queries;
using JapanRussia.Web.Components.Pages.Timeline.Axis;

namespace JapanRussia.Web.Tests.Components.Axis;

public sealed class AxisLayoutTests
{
    [Fact]
    public void SparseEventsAreDrawnInTimeOrderInTheirOwnLanesWhereTheyOverlap()
    {
        var entries = new[] { Day("a", "1956-10-19"), Day("b", "1956-10-20"), Day("c", "1960-03-01"), Day("outside", "1970-01-01") };

        var plan = AxisLayout.Plan(entries, new AxisWindow(1950, 1960));

        Assert.Equal(3, plan.Count);
        Assert.Empty(plan.Clusters);
        Assert.Equal(["a", "b", "c"], plan.Marks.Select(m => m.Entry.Id));
        Assert.NotEqual(plan.Marks[0].Lane, plan.Marks[1].Lane);
        Assert.InRange(plan.Marks[0].Left, 100.0 * 6.79 / 11, 100.0 * 6.81 / 11);
        Assert.All(plan.Marks, m => Assert.Equal(MarkShape.Point, m.Shape));
    }

    [Fact]
    public void AStretchDenserThanTheLanesIsCountedAndItsClusterZoomsInToItsYears()
    {
        var dense = Enumerable.Range(0, AxisLayout.Lanes + 3).Select(i => Day($"d{i}", "1906-0" + ((i % 9) + 1) + "-01")).ToList();

        var plan = AxisLayout.Plan([.. dense, Day("alone", "1990-05-05")], new AxisWindow(1850, 2025));

        var cluster = Assert.Single(plan.Clusters);
        Assert.Equal(dense.Count, cluster.Count);
        Assert.Equal(new AxisWindow(1906, 1906), cluster.Target);
        Assert.Equal("alone", Assert.Single(plan.Marks).Entry.Id);
        Assert.Equal(dense.Count + 1, plan.Count);
    }

    [Fact]
    public void AClusterInASingleYearWindowCannotZoomFurtherAndLeadsToTheList()
    {
        var dense = Enumerable.Range(0, AxisLayout.Lanes + 1).Select(i => Day($"d{i}", "1956-10-19")).ToList();

        var plan = AxisLayout.Plan(dense, new AxisWindow(1956, 1956));

        Assert.Null(Assert.Single(plan.Clusters).Target);
    }

    [Fact]
    public void AnEventCutByTheWindowIsDrawnWholeBeyondItsVisiblePart()
    {
        var war = new AxisEntry("war", D("1904-02-08"), D("1905-09-05"), DatePrecision.Day, DateQualifier.None, "1904–1905", "War", "russo-japanese-war");

        var mark = Assert.Single(AxisLayout.Plan([war], new AxisWindow(1905, 1905)).Marks);

        Assert.Equal(0, mark.Left);
        Assert.Equal(MarkShape.Span, mark.Shape);
        var (left, width) = Assert.IsType<(double, double)>(mark.Drawn);
        Assert.True(left < -100, $"drawn from {left}%");
        Assert.True(left + width is > 99 and < 101, $"drawn to {left + width}%");
    }

    private static AxisEntry Day(string id, string date) =>
        new(id, D(date), D(date), DatePrecision.Day, DateQualifier.None, date, "Event " + id, "cold-war");

    private static DateOnly D(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
