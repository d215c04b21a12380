using Bunit;
using JapanRussia.Core.Dates;
using JapanRussia.Core.Queries;
using JapanRussia.Web.Components.Common;
using JapanRussia.Web.Components.Pages.Timeline;

namespace JapanRussia.Web.Tests.Components;

/// <summary>A card's date label says how the date was obtained, and a derived day is never "given by the source".</summary>
public sealed class DateProvenanceDisplayTests : BunitContext
{
    private const string SundayNote = "worked out from “on Sunday” and the report's date, 21 March 2022";

    [Theory]
    [InlineData(DateProvenanceKind.WorkedOut, SundayNote, "worked out", "Day worked out from “on Sunday” and the report's date, 21 March 2022")]
    [InlineData(DateProvenanceKind.Completed, "completed from the sentence before, 2022: the source says “on 20 March”", "completed", "Day completed from the sentence before, 2022: the source says “on 20 March”")]
    [InlineData(DateProvenanceKind.Converted, "converted from Old Style 7 March 2022: the source says “7 March 2022 (O.S.)”", "from Old Style", "Day converted from Old Style 7 March 2022: the source says “7 March 2022 (O.S.)”")]
    public void ADerivedDaySaysHowItWasObtained(DateProvenanceKind kind, string note, string badge, string title)
    {
        var card = RenderCard(Entry(kind, note));

        Assert.Equal(title, card.Find("time").GetAttribute("title"));
        Assert.Equal(badge + ": " + note, card.Find(".date-provenance").TextContent);
        Assert.DoesNotContain("given by the source", card.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AStatedDayIsGivenBySourceWithoutAMarker()
    {
        var card = RenderCard(Entry(DateProvenanceKind.Stated, null));

        Assert.Equal("Exact day given by the source", card.Find("time").GetAttribute("title"));
        Assert.Empty(card.FindAll(".date-provenance"));
    }

    [Fact]
    public void AHostileNoteStaysText()
    {
        const string hostile = "worked out from “<script>alert(1)</script>” and the report's date, 21 March 2022";

        var card = RenderCard(Entry(DateProvenanceKind.WorkedOut, hostile));

        Assert.Empty(card.FindAll("script"));
        Assert.Contains(hostile, card.Find(".date-provenance").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheEventPageLabelWritesHowInFullWithoutTheBadge()
    {
        var label = Render<DateLabel>(p => p
            .Add(c => c.Label, "20 March 2022").Add(c => c.Precision, "day").Add(c => c.Start, "2022-03-20")
            .Add(c => c.Provenance, DateProvenanceKind.WorkedOut).Add(c => c.Note, SundayNote).Add(c => c.Badge, false));

        Assert.Equal("Day " + SundayNote, label.Find("time").GetAttribute("title"));
        Assert.Empty(label.FindAll(".date-provenance"));
    }

    private static TimelineEntry Entry(DateProvenanceKind kind, string? note) =>
        new("e1", "2022-03-20", "day", "20 March 2022", "Kishida announces the sanctions", "ukraine-rupture", [], null, 1)
        {
            DateProvenance = kind,
            DateNote = note,
        };

    private IRenderedComponent<EventCard> RenderCard(TimelineEntry entry) =>
        Render<EventCard>(p => p.Add(c => c.Event, entry).Add(c => c.View, EventCardTests.ViewWithTopics()));
}
