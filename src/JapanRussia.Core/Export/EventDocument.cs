using System.Text.Json.Serialization;
using JapanRussia.Core.Data;
using JapanRussia.Core.Dates;

namespace JapanRussia.Core.Export;

/// <summary>The public event shape, shared by the JSON export and <c>GET /api/events</c>.</summary>
public sealed record EventDocument(
    string Id,
    string Start,
    string End,
    string Precision,
    string? Qualifier,
    string Label,
    string Title,
    string Era,
    IReadOnlyList<string> Topics,
    IReadOnlyList<SourceDocumentReference> Sources)
{
    /// <summary>With a free-text search only: the matching text as HTML, escaped, with <c>&lt;mark&gt;</c> around the matched words.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Snippet { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Disagreement { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? People { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Places { get; init; }

    /// <summary>Maps a stored event with its sources (each with passage and document loaded), topics and entities.</summary>
    public static EventDocument From(EventRecord record) => From(EventRow.Of(record));

    /// <summary>Maps an event read with <see cref="EventQueries.SelectRows"/>.</summary>
    public static EventDocument From(EventRow row) => From(row, snippet: null);

    /// <summary>Maps an event found by a free-text search, with its highlighted snippet (in one step: a page maps up to 200).</summary>
    public static EventDocument From(EventRow row, string? snippet)
    {
        ArgumentNullException.ThrowIfNull(row);
        var date = new HistoricalDate(row.StartDate, row.EndDate, row.Precision, row.Qualifier, row.Label);
        return new EventDocument(
            row.Id,
            date.StartText,
            date.EndText,
            LowerCase<DatePrecision>.Of(row.Precision),
            row.Qualifier == DateQualifier.None ? null : LowerCase<DateQualifier>.Of(row.Qualifier),
            row.Label,
            row.Title,
            row.EraId,
            row.Topics.Order(StringComparer.Ordinal).ToList(),
            row.Sources
                .OrderBy(s => s.DocumentFileName, StringComparer.Ordinal)
                .ThenBy(s => s.Start)
                .Select(s => new SourceDocumentReference(s.DocumentFileName, s.DocumentTitle, s.PassageOrdinal, s.Start, s.End, s.Excerpt))
                .ToList())
        {
            Snippet = snippet,
            Disagreement = row.Disagreement,
            People = row.Entities.Where(e => e.Kind == Events.EntityKind.Person).Select(e => e.Name).Order(StringComparer.Ordinal).ToList(),
            Places = row.Entities.Where(e => e.Kind == Events.EntityKind.Place).Select(e => e.Name).Order(StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>Each name spelt once, rather than formatted and lowered again for every event.</summary>
    private static class LowerCase<T>
        where T : struct, Enum
    {
#pragma warning disable CA1308 // the JSON contract spells these in lower case
        private static readonly Dictionary<T, string> Names = Enum.GetValues<T>().ToDictionary(v => v, Spell);

        public static string Of(T value) => Names.TryGetValue(value, out var name) ? name : Spell(value);

        private static string Spell(T value) => value.ToString().ToLowerInvariant();
#pragma warning restore CA1308
    }
}

/// <summary>One source of an event: <c>text[Start..End] == Excerpt</c> in the named document's stored text.</summary>
public sealed record SourceDocumentReference(
    string Document,
    string DocumentTitle,
    int Passage,
    int Start,
    int End,
    string Excerpt);

/// <summary>The export file: <c>{ "events": [...] }</c>.</summary>
public sealed record EventExport(IReadOnlyList<EventDocument> Events);
