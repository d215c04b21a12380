using JapanRussia.Web.Components.Pages.Timeline;

namespace JapanRussia.Web.Tests.Components;

public sealed class TimelineQueryTests
{
    [Fact]
    public void EveryFilterRoundTripsThroughTheUrl()
    {
        var query = TimelineQuery.Parse(["cold-war", "gorbachev"], ["territory"], "a.txt", "Gorbachev", "Kunashir", "1950", "1991", "kuril islands", "2");

        Assert.Equal("/?era=cold-war&era=gorbachev&topic=territory&source=a.txt&person=Gorbachev&place=Kunashir&from=1950&to=1991&q=kuril%20islands&page=2", query.ToUrl());
        Assert.Equal(query, TimelineQuery.Parse(query.Eras, query.Topics, query.Source, query.Person, query.Place, "1950", "1991", query.Text, "2"));
    }

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/?era=cold-war&topic=territory&q=kuril%20islands", "/?era=cold-war&topic=territory&q=kuril%20islands")]
    [InlineData("/?q=kuril+islands&era=gorbachev&era=cold-war&page=2", "/?era=gorbachev&era=cold-war&q=kuril%20islands&page=2")]
    [InlineData("/?to=1950&from=1991&unknown=1", "/?from=1950&to=1991")]
    [InlineData("/?source=&person=%20&place=Kunashir", "/?place=Kunashir")]
    [InlineData("http://localhost/?era=a&era=a", "/?era=a")]
    public void AnAddressReadsBackAsTheSameViewInItsCanonicalForm(string url, string expected)
    {
        Assert.Equal(expected, TimelineQuery.FromUrl(url).ToUrl());
    }

    [Theory]
    [InlineData("abc", "1991", null, 1991)]
    [InlineData("1991", "1950", 1950, 1991)]
    [InlineData("", " ", null, null)]
    [InlineData("-5", "99999", null, null)]
    public void MalformedOrReversedYearsAreForgiven(string from, string to, int? expectedFrom, int? expectedTo)
    {
        var query = TimelineQuery.Parse(null, null, null, null, null, from, to, null, null);

        Assert.Equal(expectedFrom, query.From);
        Assert.Equal(expectedTo, query.To);
    }

    [Fact]
    public void ChangingAFilterGoesBackToTheFirstPage()
    {
        var query = TimelineQuery.Parse(["cold-war"], null, null, null, null, null, null, null, "3");

        Assert.Equal("/?era=cold-war&era=post-soviet", query.ToggleEra("post-soviet").ToUrl());
        Assert.Equal("/", query.ToggleEra("cold-war").ToUrl());
        Assert.Equal("/?era=cold-war&page=4", query.WithPage(4).ToUrl());
    }
}
