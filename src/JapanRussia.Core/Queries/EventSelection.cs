using System.Text.Json;
using JapanRussia.Core.Data;
using JapanRussia.Core.Events;

namespace JapanRussia.Core.Queries;

/// <summary>
/// A filter ready to run: the SQL context, the free text as an FTS5 query, and the longest span of any stored event
/// in years (with a first year, this bounds where in the timeline index matching events can start).
/// </summary>
internal sealed record EventSelection(TimelineDbContext Context, EventFilter Filter, string? Match, int? LongestSpanYears)
{
    /// <summary>Whether a filter needs a lookup beyond the event itself: a topic, source, person, place or text.</summary>
    public bool HasMembership =>
        Filter.Topics.Count > 0 || !string.IsNullOrWhiteSpace(Filter.Source) || !string.IsNullOrWhiteSpace(Filter.Person) ||
        !string.IsNullOrWhiteSpace(Filter.Place) || Match is not null;

    /// <summary>Whether free text is the only filter.</summary>
    public bool IsTextOnly =>
        Match is not null && Filter.Eras.Count == 0 && Filter.Topics.Count == 0 && string.IsNullOrWhiteSpace(Filter.Source) &&
        string.IsNullOrWhiteSpace(Filter.Person) && string.IsNullOrWhiteSpace(Filter.Place) && Filter.From is null && Filter.To is null;

    /// <summary>The same eras and years without the other filters: the part of the timeline index a walk goes through.</summary>
    public EventSelection Scope => this with { Filter = new EventFilter { Eras = Filter.Eras, From = Filter.From, To = Filter.To }, Match = null };

    /// <summary>The free text without the other filters.</summary>
    public EventSelection TextAlone => this with { Filter = new EventFilter(), LongestSpanYears = null };

    /// <summary>The filter in a canonical form (order and repeats of eras and topics do not matter; free text as its FTS5 query).</summary>
    public string Key => JsonSerializer.Serialize(new object?[]
    {
        Filter.Eras.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
        Filter.Topics.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
        string.IsNullOrWhiteSpace(Filter.Source) ? null : Filter.Source,
        string.IsNullOrWhiteSpace(Filter.Person) ? null : Filter.Person,
        string.IsNullOrWhiteSpace(Filter.Place) ? null : Filter.Place,
        Filter.From,
        Filter.To,
        Match,
    });

    /// <summary>The matching events; with <paramref name="walk"/>, in a form that walks the timeline index (see <see cref="EventFilterQuery.Apply"/>).</summary>
    public IQueryable<EventRecord> Events(bool walk) => EventFilterQuery.Apply(Context, Filter, Match, LongestSpanYears, walk);
}
