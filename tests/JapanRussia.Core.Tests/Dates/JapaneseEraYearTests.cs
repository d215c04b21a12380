using JapanRussia.Core.Dates;

namespace JapanRussia.Core.Tests.Dates;

/// <summary>Gregorian dates to Japanese era years, from Reference/japanese-eras.json, boundaries included.</summary>
public sealed class JapaneseEraYearTests
{
    [Theory]
    [InlineData("1905-09-05", "day", "Meiji 38")]
    [InlineData("1905", "year", "Meiji 38")]
    [InlineData("1956-10-19", "day", "Shōwa 31")]
    [InlineData("1912-07-29", "day", "Meiji 45")]
    [InlineData("1912-07-30", "day", "Taishō 1")]
    [InlineData("1912-07", "month", "Meiji 45 / Taishō 1")]
    [InlineData("1912-08", "month", "Taishō 1")]
    [InlineData("1912", "year", "Meiji 45 / Taishō 1")]
    [InlineData("1926-12-24", "day", "Taishō 15")]
    [InlineData("1926-12-25", "day", "Shōwa 1")]
    [InlineData("1926", "year", "Taishō 15 / Shōwa 1")]
    [InlineData("1989-01-07", "day", "Shōwa 64")]
    [InlineData("1989-01-08", "day", "Heisei 1")]
    [InlineData("1989", "year", "Shōwa 64 / Heisei 1")]
    [InlineData("2019-04-30", "day", "Heisei 31")]
    [InlineData("2019-05-01", "day", "Reiwa 1")]
    [InlineData("2019-05", "month", "Reiwa 1")]
    [InlineData("2019", "year", "Heisei 31 / Reiwa 1")]
    [InlineData("2022-02-24", "day", "Reiwa 4")]
    [InlineData("1873-01-01", "day", "Meiji 6")]
    public void AGregorianDateFallsInTheEraYearsOfItsSpan(string start, string precision, string expected)
    {
        var years = JapaneseEraYear.Of(start, precision);

        Assert.Equal(expected, string.Join(" / ", years));
    }

    [Theory]
    [InlineData("1855-02-07", "day")]
    [InlineData("1872", "year")]
    [InlineData("1950", "decade")]
    [InlineData("1950", "approximate")]
    [InlineData("1905-02-30", "day")]
    public void NoEraYearBeforeTheGregorianCalendarInJapanOrForACoarseDate(string start, string precision)
    {
        Assert.Empty(JapaneseEraYear.Of(start, precision));
    }

    [Fact]
    public void AnErasFirstYearIsWrittenGannenInJapanese()
    {
        Assert.Equal("昭和元年", JapaneseEraYear.Of("1926-12-25", "day").Single().InJapanese);
        Assert.Equal("明治38年", JapaneseEraYear.Of("1905", "year").Single().InJapanese);
    }
}
