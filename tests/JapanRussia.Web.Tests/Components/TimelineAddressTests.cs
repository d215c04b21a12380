using JapanRussia.Web.Components.Pages.Timeline;

namespace JapanRussia.Web.Tests.Components;

public sealed class TimelineAddressTests
{
    [Fact]
    public void EveryFilterRoundTripsThroughTheUrl()
    {
        const string url = "/?era=cold-war&era=gorbachev&topic=territory&source=a.txt&source=b.txt&person=Gorbachev&place=Kunashir&from=1950&to=1991&q=kuril%20islands&page=2";

        var address = TimelineAddress.FromUrl(url);

        Assert.Equal(url, address.ToUrl());
        Assert.Equal(["a.txt", "b.txt"], address.Filter.Sources);
        Assert.Equal(2, address.Page);
    }

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/?era=cold-war&topic=territory&q=kuril%20islands", "/?era=cold-war&topic=territory&q=kuril%20islands")]
    [InlineData("/?q=kuril+islands&era=gorbachev&era=cold-war&page=2", "/?era=gorbachev&era=cold-war&q=kuril%20islands&page=2")]
    [InlineData("/?to=1950&from=1991&unknown=1", "/?from=1950&to=1991")]
    [InlineData("/?source=&person=%20&place=Kunashir", "/?place=Kunashir")]
    [InlineData("http://localhost/?era=a&era=a", "/?era=a")]
    [InlineData("/?place=Kunashir&person=Putin&place=Moscow&place=Kunashir", "/?person=Putin&place=Kunashir&place=Moscow")]
    public void AnAddressReadsBackAsTheSameViewInItsCanonicalForm(string url, string expected)
    {
        Assert.Equal(expected, TimelineAddress.FromUrl(url).ToUrl());
    }

    [Theory]
    [InlineData("abc", "1991", null, 1991)]
    [InlineData("1991", "1950", 1950, 1991)]
    [InlineData("", " ", null, null)]
    [InlineData("-5", "99999", null, null)]
    public void MalformedOrReversedYearsAreForgiven(string from, string to, int? expectedFrom, int? expectedTo)
    {
        var address = TimelineAddress.FromUrl($"/?from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}");

        Assert.Equal(expectedFrom, address.Filter.From);
        Assert.Equal(expectedTo, address.Filter.To);
    }

    [Fact]
    public void ChangingAFilterGoesBackToTheFirstPage()
    {
        var address = TimelineAddress.FromUrl("/?era=cold-war&page=3");

        Assert.Equal("/?era=cold-war&era=post-soviet", address.ToggleEra("post-soviet").ToUrl());
        Assert.Equal("/", address.ToggleEra("cold-war").ToUrl());
        Assert.Equal("/?era=cold-war&page=4", address.WithPage(4).ToUrl());
    }

    [Fact]
    public void EachValueOfAFilterWithSeveralIsRemovedOnItsOwn()
    {
        var address = TimelineAddress.FromUrl("/?person=Putin&person=Abe&page=2");

        Assert.Equal("/?person=Abe", address.Toggle("person", "Putin").ToUrl());
        Assert.Equal("/?person=Putin&person=Abe&place=Moscow", address.Toggle("place", "Moscow").ToUrl());
    }
}
