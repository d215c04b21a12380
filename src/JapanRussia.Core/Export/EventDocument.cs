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

    /// <summary>How the date was obtained: stated, dual-dated, converted-from-old-style, completed or worked-out (the strongest of the sources giving it).</summary>
    public string DateProvenance { get; init; } = DateProvenanceText.KindName(DateProvenanceKind.Stated);

    /// <summary>How a derived date was obtained, in words; absent for a stated date.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DateNote { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? People { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Places { get; init; }

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
                .Select(Source)
                .ToList())
        {
            Snippet = snippet,
            Disagreement = row.Disagreement,
            DateProvenance = DateProvenanceText.KindName(row.DateProvenance),
            DateNote = row.DateNote,
            People = row.Entities.Where(e => e.Kind == Events.EntityKind.Person).Select(e => e.Name).Order(StringComparer.Ordinal).ToList(),
            Places = row.Entities.Where(e => e.Kind == Events.EntityKind.Place).Select(e => e.Name).Order(StringComparer.Ordinal).ToList(),
        };
    }

    private static SourceDocumentReference Source(EventSourceRow source)
    {
        var provenance = source.Provenance;
        return new SourceDocumentReference(source.DocumentFileName, source.DocumentTitle, source.PassageOrdinal, source.Start, source.End, source.Excerpt)
        {
            Date = source.Date is { } date
                ? new SourceDate(date.StartText, date.EndText, LowerCase<DatePrecision>.Of(date.Precision), date.Qualifier == DateQualifier.None ? null : LowerCase<DateQualifier>.Of(date.Qualifier), date.Label)
                : null,
            DateProvenance = DateProvenanceText.KindName(provenance.Kind),
            DerivedFrom = provenance.Kind == DateProvenanceKind.Stated
                ? null
                : new DateDerivation(provenance.Phrase, DateProvenanceText.AnchorName(provenance.Anchor), provenance.AnchorDate),
            DateNote = DateProvenanceText.Note(provenance),
            Publisher = source.DocumentPublisher,
            Published = source.DocumentPublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Citation = Documents.SourceDescription.Citation(source.DocumentTitle, source.DocumentPublisher, source.DocumentPublishedOn),
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
