using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Tests.Events;

public sealed class EraTests
{
    [Theory]
    [InlineData(1854, "opening")]
    [InlineData(1855, "opening")]
    [InlineData(1903, "opening")]
    [InlineData(1904, "russo-japanese-war")]
    [InlineData(1916, "russo-japanese-war")]
    [InlineData(1917, "interwar")]
    [InlineData(1941, "world-war-ii")]
    [InlineData(1945, "world-war-ii")]
    [InlineData(1946, "cold-war")]
    [InlineData(1985, "gorbachev")]
    [InlineData(1991, "gorbachev")]
    [InlineData(1992, "post-soviet")]
    [InlineData(2012, "abe-putin")]
    [InlineData(2021, "abe-putin")]
    [InlineData(2022, "ukraine-rupture")]
    [InlineData(2040, "ukraine-rupture")]
    public void YearBelongsToExactlyOneEra(int year, string era)
    {
        Assert.Equal(era, ReferenceData.EraFor(year).Id);
        Assert.Single(ReferenceData.Eras, e => year >= e.Start && (e.End is null || year <= e.End) || (year < ReferenceData.Eras[0].Start && e == ReferenceData.Eras[0]));
    }

    [Fact]
    public void SpanCrossingErasTakesTheEraOfItsStart()
    {
        var seeds = Annotations.Seeds;
        var decades = seeds.Extraction.Events.Single(e => e.Date.Label == "1960s–1970s");
        Assert.Equal("cold-war", decades.EraId);
    }
}
