using JapanRussia.Core.Queries;
using JapanRussia.Web.Components.Common;
using Microsoft.AspNetCore.Components;

namespace JapanRussia.Web.Components.Pages.Timeline;

public sealed partial class EventCard
{
    private MarkupString _date;
    private MarkupString _heading;
    private MarkupString _summary;

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

    /// <summary>With a search, an event with one or two sources opens to show where its words matched.</summary>
    public static bool OpensByDefault(TimelineEntry entry, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(terms);
        return terms.Count > 0 && entry.SourceCount is > 0 and <= 2;
    }

    protected override void OnParametersSet()
    {
        _date = EventCardMarkup.Date(Event);
        _heading = EventCardMarkup.Heading(Event, View.TopicName, Terms);
        _summary = EventCardMarkup.Summary(Event);
    }
}
