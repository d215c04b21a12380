using JapanRussia.Core.Queries;
using Microsoft.AspNetCore.Components;

namespace JapanRussia.Web.Components.Pages.Timeline;

public sealed partial class EventCard
{
    private IReadOnlyList<SourceContext>? _loaded;
    private MarkupString _date;
    private MarkupString _heading;
    private MarkupString _summary;
    private bool _expanded;
    private bool _loading;

    [Inject]
    private TimelineCatalog Catalog { get; set; } = null!;

    [Parameter, EditorRequired]
    public TimelineEntry Event { get; set; } = null!;

    /// <summary>The sources in their paragraphs when the page loaded them already; null to load them on expanding.</summary>
    [Parameter]
    public IReadOnlyList<SourceContext>? Paragraphs { get; set; }

    [Parameter, EditorRequired]
    public TimelineView View { get; set; } = null!;

    [Parameter]
    public IReadOnlyList<string> Terms { get; set; } = [];

    private bool ShowsSources => !RendererInfo.IsInteractive || _expanded || Paragraphs is not null || OpensByDefault(Event, Terms);

    /// <summary>The paragraphs once loaded; until then each source's sentence alone.</summary>
    private IEnumerable<SourceContext> Shown => Paragraphs ?? _loaded ?? Event.Sources.Select(s => SentenceOnly(Event.Id, s));

    /// <summary>With a search, an event with one or two sources opens to show where its words matched.</summary>
    public static bool OpensByDefault(TimelineEntry entry, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(terms);
        return terms.Count > 0 && entry.Sources.Count is > 0 and <= 2;
    }

    /// <summary>A source whose "paragraph" is its sentence: the same excerpt markup, all of it highlighted.</summary>
    public static SourceContext SentenceOnly(string eventId, SourceSentence source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new SourceContext(eventId, source.DocumentId, source.DocumentFileName, source.DocumentTitle, source.PassageOrdinal, source.Start, source.Sentence, source.Start, source.End);
    }

    protected override void OnParametersSet()
    {
        // A card reused for another event (the list is keyed by id, so only in a test or a future layout) forgets the old paragraphs.
        if (_loaded is [var first, ..] && first.EventId != Event.Id)
        {
            _loaded = null;
            _expanded = false;
        }

        // Built here rather than while rendering: a card re-renders alone when expanded, and its parts stay the same.
        _date = EventCardMarkup.Date(Event);
        _heading = EventCardMarkup.Heading(Event, View.TopicName, Terms);
        _summary = EventCardMarkup.Summary(Event);
    }

    /// <summary>The summary was clicked (or pressed): the browser opens the details at once, and the paragraphs follow.</summary>
    private async Task ExpandAsync()
    {
        _expanded = true;
        if (Paragraphs is not null || _loaded is not null || _loading)
        {
            return;
        }

        // Render the sentences now, before the paragraphs arrive.
        await Task.Yield();

        _loading = true;
        try
        {
            _loaded = await Catalog.GetSourceContextsAsync([Event.Id]);
        }
        finally
        {
            _loading = false;
        }
    }
}
