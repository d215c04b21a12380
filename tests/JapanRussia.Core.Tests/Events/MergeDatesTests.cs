using JapanRussia.Core.Dates;
using JapanRussia.Core.Events;

namespace JapanRussia.Core.Tests.Events;

/// <summary>The date rule of merging: dates of different precision that agree are compatible; dates that cannot both be true are not.</summary>
public sealed class MergeDatesTests
{
    [Theory]
    [InlineData("15 December 2016", "15–16 December 2016", true)]
    [InlineData("1956", "19 October 1956", true)]
    [InlineData("October 1956", "19 October 1956", true)]
    [InlineData("the 1950s", "1956", true)]
    [InlineData("1905", "1906", false)]
    [InlineData("26 January 1855", "7 February 1855", false)]
    [InlineData("May 1905", "September 1905", false)]
    public void DatesThatCanBothBeTrueAreCompatible(string first, string second, bool compatible)
    {
        Assert.Equal(compatible, MergeDates.Compatible(Date(first), Date(second)));
        Assert.Equal(compatible, MergeDates.CommonSpan([Date(first), Date(second)]) is not null);
    }

    private static HistoricalDate Date(string text) => Assert.Single(DateRecognizer.Recognize(text)).Date;
}
