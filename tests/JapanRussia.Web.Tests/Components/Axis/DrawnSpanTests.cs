using System.Globalization;
using JapanRussia.Core.Dates;
using JapanRussia.Core.Queries;
using JapanRussia.Web.Components.Pages.Timeline.Axis;

namespace JapanRussia.Web.Tests.Components.Axis;

public sealed class DrawnSpanTests
{
    [Theory]
    [InlineData("1960-01-01", "1969-12-31", DatePrecision.Decade, DateQualifier.Mid, "1964-01-01", "1967-01-01")]
    [InlineData("1991-01-01", "1991-12-31", DatePrecision.Year, DateQualifier.Late, "1991-09-01", "1992-01-01")]
    [InlineData("1991-01-01", "1991-12-31", DatePrecision.Year, DateQualifier.Early, "1991-01-01", "1991-05-01")]
    [InlineData("1998-04-01", "1998-04-30", DatePrecision.Month, DateQualifier.Mid, "1998-04-11", "1998-04-21")]
    [InlineData("1955-01-01", "1959-12-31", DatePrecision.Decade, DateQualifier.Late, "1955-01-01", "1960-01-01")]
    [InlineData("1956-01-01", "1956-12-31", DatePrecision.Year, DateQualifier.None, "1956-01-01", "1957-01-01")]
    [InlineData("1956-10-19", "1956-10-19", DatePrecision.Day, DateQualifier.None, "1956-10-19", "1956-10-20")]
    public void AHedgedDateIsDrawnOverItsPartOfTheUnit(string start, string end, DatePrecision precision, DateQualifier qualifier, string drawnStart, string drawnEnd)
    {
        var entry = new AxisEntry("e", D(start), D(end), precision, qualifier, "label", "title", "cold-war");

        Assert.Equal((D(drawnStart), D(drawnEnd)), DrawnSpan.Of(entry));
    }

    [Theory]
    [InlineData(DatePrecision.Day, DateQualifier.None, "1956-10-19", "1956-10-19", MarkShape.Point)]
    [InlineData(DatePrecision.Day, DateQualifier.None, "1904-02-08", "1905-09-05", MarkShape.Span)]
    [InlineData(DatePrecision.Year, DateQualifier.None, "1956-01-01", "1956-12-31", MarkShape.Band)]
    [InlineData(DatePrecision.Month, DateQualifier.None, "1956-10-01", "1956-10-31", MarkShape.Band)]
    [InlineData(DatePrecision.Decade, DateQualifier.Mid, "1960-01-01", "1969-12-31", MarkShape.Soft)]
    [InlineData(DatePrecision.Year, DateQualifier.Circa, "1990-01-01", "1990-12-31", MarkShape.Soft)]
    [InlineData(DatePrecision.Year, DateQualifier.Before, "1956-01-01", "1956-12-31", MarkShape.Before)]
    [InlineData(DatePrecision.Decade, DateQualifier.After, "1960-01-01", "1969-12-31", MarkShape.After)]
    public void EachDateIsDrawnAsWhatItIs(DatePrecision precision, DateQualifier qualifier, string start, string end, MarkShape shape) =>
        Assert.Equal(shape, MarkShapes.Of(precision, qualifier, D(start), D(end)));

    private static DateOnly D(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
