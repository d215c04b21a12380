using Bunit;
using JapanRussia.Core.Export;
using JapanRussia.Web.Components.Common;

namespace JapanRussia.Web.Tests.Components;

/// <summary>The event page's other calendars: the Japanese era year beside the Gregorian, and the Old Style date a source gave before 1918.</summary>
public sealed class OtherCalendarsTests : BunitContext
{
    [Fact]
    public void ADayIn1905ShowsMeiji38AndTheOldStyleDateItsSourceGave()
    {
        var source = Source("converted-from-old-style", new DateDerivation("14 May 1905", "old-style-date", "14 May 1905"));

        var calendars = Render<OtherCalendars>(p => p.Add(c => c.Event, Event("1905-05-27", "day", source)));

        Assert.Equal("Japanese era: Meiji 38 (明治38年)", calendars.Find(".japanese-era").TextContent);
        Assert.Equal("ja", calendars.Find(".japanese-era [lang]").GetAttribute("lang"));
        Assert.Equal("Old Style (Julian), as the source gives it: 14 May 1905", calendars.Find(".old-style").TextContent);
    }

    [Fact]
    public void A1956DayShowsShowa31AndNoOldStyle()
    {
        var calendars = Render<OtherCalendars>(p => p.Add(c => c.Event, Event("1956-10-19", "day", Source("stated", null))));

        Assert.Equal("Japanese era: Shōwa 31 (昭和31年)", calendars.Find(".japanese-era").TextContent);
        Assert.Empty(calendars.FindAll(".old-style"));
    }

    [Fact]
    public void AfterRussiaTookUpTheGregorianCalendarNoOldStyleDateIsShown()
    {
        var source = Source("dual-dated", new DateDerivation("7 November [O.S. 25 October] 1917", "old-style-date", "25 October 1917"));

        var before = Render<OtherCalendars>(p => p.Add(c => c.Event, Event("1917-11-07", "day", source)));
        var after = Render<OtherCalendars>(p => p.Add(c => c.Event, Event("1918-03-03", "day", source)));

        Assert.Equal("Old Style (Julian), as the source gives it: 25 October 1917", before.Find(".old-style").TextContent);
        Assert.Empty(after.FindAll(".old-style"));
    }

    [Fact]
    public void ADecadeBeforeMeijiShowsNothing()
    {
        var calendars = Render<OtherCalendars>(p => p.Add(c => c.Event, Event("1850", "decade", Source("stated", null))));

        Assert.Empty(calendars.FindAll("p"));
    }

    private static EventDocument Event(string start, string precision, SourceDocumentReference source) =>
        new("e1", start, start, precision, null, start, "An event", "opening", [], [source]);

    private static SourceDocumentReference Source(string provenance, DateDerivation? derivedFrom) =>
        new("a.txt", "A document", 1, 0, 10, "An excerpt")
        {
            DateProvenance = provenance,
            DerivedFrom = derivedFrom,
        };
}
