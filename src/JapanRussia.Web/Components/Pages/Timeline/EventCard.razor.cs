using System.Globalization;
using JapanRussia.Core.Queries;
using JapanRussia.Web.Components.Common;
using Microsoft.AspNetCore.Components;

namespace JapanRussia.Web.Components.Pages.Timeline;

public sealed partial class EventCard
{
    /// <summary>Sources whose dates a card lists side by side when they disagree; the event page lists them all.</summary>
    private const int ShownDates = 4;

    [Parameter, EditorRequired]
    public TimelineEntry Event { get; set; } = null!;

    /// <summary>The sources in their paragraphs when the page loaded them (a card open from the start); otherwise null.</summary>
    [Parameter]
    public IReadOnlyList<SourceContext>? Paragraphs { get; set; }

    [Parameter, EditorRequired]
    public TimelineView View { get; set; } = null!;

    [Parameter]
    public IReadOnlyList<string> Terms { get; set; } = [];

    /// <summary>Where the script fetches the paragraphs from, with the search terms to highlight in them.</summary>
    private string ExcerptsUrl => Links.EventExcerpts(Event.Id, Terms);

    /// <summary>A date that says no more than the year is marked so: on a phone the year heading above already says it.</summary>
    private string DateClass => Event.Label == Event.Start[..Math.Min(4, Event.Start.Length)] ? "event-date same-as-year" : "event-date";

    /// <summary>With a search, an event with one or two sources opens to show where its words matched.</summary>
    public static bool OpensByDefault(TimelineEntry entry, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(terms);
        return terms.Count > 0 && entry.SourceCount is > 0 and <= 2;
    }

    private static string SourceCount(int count) => count == 1 ? "1 source" : string.Create(CultureInfo.InvariantCulture, $"{count} sources");
}
