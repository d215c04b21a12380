using JapanRussia.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Queries;

/// <summary>
/// A filter ready to run: the SQL context, the free text as an FTS5 query, and the longest span of any stored event
/// in years (with a first year, this bounds where in the timeline index matching events can start).
/// </summary>
internal sealed record EventSelection(TimelineDbContext Context, EventFilter Filter, string? Match, int? LongestSpanYears)
{
    /// <summary>Whether a filter needs a lookup beyond the event itself: a topic, source, person, place or text.</summary>
    public bool HasMembership => Filter.HasMembership || Match is not null;

    /// <summary>Whether the events are best found from their sources: a source and no free text, in SQLite (<see cref="SqliteSourceEvents"/>).</summary>
    public ISourceEvents? SourceEvents => Match is null && Filter.Sources.Count > 0 ? Context.Seams.SourceEvents : null;

    /// <summary>Whether free text is the only filter.</summary>
    public bool IsTextOnly =>
        Match is not null && Filter.Eras.Count == 0 && !Filter.HasMembership && Filter.From is null && Filter.To is null && !Filter.SourcesDisagree;

    /// <summary>The same eras and years without the other filters: the part of the timeline index a walk goes through.</summary>
    public EventSelection Scope => this with { Filter = new EventFilter { Eras = Filter.Eras, From = Filter.From, To = Filter.To }, Match = null };

    /// <summary>The free text without the other filters.</summary>
    public EventSelection TextAlone => this with { Filter = new EventFilter { Text = Filter.Text }, LongestSpanYears = null };

    /// <summary>The key of an answer about this selection in the result cache.</summary>
    public ReadKey Key(string answer) => ReadKey.Of(answer, Filter);

    /// <summary>The matching events; with <paramref name="walk"/>, in a form that walks the timeline index (see <see cref="FilteredEvents.Of"/>).</summary>
    public IQueryable<EventRecord> Events(bool walk) => FilteredEvents.Of(Context, Filter, Match, LongestSpanYears, walk);
}
