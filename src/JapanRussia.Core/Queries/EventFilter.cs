using System.Globalization;

namespace JapanRussia.Core.Queries;

/// <summary>
/// What a reader asked to see: the timeline page's address and the API's query string both parse into this record.
/// Several values of one filter mean any of them; different filters must all hold. Empty lists and nulls mean "no
/// restriction". A new field goes here, into <see cref="ToParameters"/> and into the two parsers' tables.
/// </summary>
public sealed record EventFilter
{
    /// <summary>The filter that restricts nothing: every event.</summary>
    public static EventFilter Everything { get; } = new();

    public IReadOnlyList<string> Eras { get; init; } = [];

    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Document file names: only events with a source in one of them.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    public IReadOnlyList<string> People { get; init; } = [];

    public IReadOnlyList<string> Places { get; init; } = [];

    /// <summary>First year of interest; an event counts if any part of its span reaches into [From, To].</summary>
    public int? From { get; init; }

    public int? To { get; init; }

    /// <summary>Free text over titles and source excerpts.</summary>
    public string? Text { get; init; }

    /// <summary>Only events whose sources give dates that cannot all be true (URL <c>disagree=true</c>).</summary>
    public bool SourcesDisagree { get; init; }

    /// <summary>Whether free text is asked for (it may still hold no searchable word).</summary>
    public bool HasText => !string.IsNullOrWhiteSpace(Text);

    /// <summary>Whether the filter needs a lookup beyond the event's own row: a topic, source, person or place.</summary>
    public bool HasMembership => Topics.Count > 0 || Sources.Count > 0 || People.Count > 0 || Places.Count > 0;

    /// <summary>
    /// The filter as URL parameters, in the order the page's addresses and the API use (<c>era</c>, <c>topic</c>,
    /// <c>source</c>, <c>person</c>, <c>place</c>, <c>from</c>, <c>to</c>, <c>q</c>, <c>disagree</c>), each value of a list as its own pair.
    /// </summary>
    public IEnumerable<KeyValuePair<string, string>> ToParameters()
    {
        foreach (var (key, values) in Lists())
        {
            foreach (var value in values)
            {
                yield return new(key, value);
            }
        }

        if (From is { } from)
        {
            yield return new("from", from.ToString(CultureInfo.InvariantCulture));
        }

        if (To is { } to)
        {
            yield return new("to", to.ToString(CultureInfo.InvariantCulture));
        }

        if (HasText)
        {
            yield return new("q", Text!.Trim());
        }

        if (SourcesDisagree)
        {
            yield return new("disagree", "true");
        }
    }

    /// <summary>The multi-valued filters with their URL names.</summary>
    internal IEnumerable<(string Key, IReadOnlyList<string> Values)> Lists() =>
        [("era", Eras), ("topic", Topics), ("source", Sources), ("person", People), ("place", Places)];
}
