using JapanRussia.Core.Data;
using JapanRussia.Core.Dates;
using JapanRussia.Core.Documents;

namespace JapanRussia.Core.Queries;

/// <summary>
/// An event as the timeline list shows it, and nothing more: how many sources state it, but not what they say (a card
/// fetches its sources in their paragraphs, <see cref="SourceContext"/>s, when a reader opens it).
/// </summary>
public sealed record TimelineEntry(
    string Id,
    string Start,
    string Precision,
    string Label,
    string Title,
    string Era,
    IReadOnlyList<string> Topics,
    string? Disagreement,
    int SourceCount)
{
    /// <summary>How the date was obtained: stated, dual-dated, converted, completed or worked out.</summary>
    public DateProvenanceKind DateProvenance { get; init; }

    /// <summary>That, in words; null for a stated date.</summary>
    public string? DateNote { get; init; }

    /// <summary>Each source's citation, sentence and own date, in the order of the exports (document, then place in it).</summary>
    public IReadOnlyList<TimelineEntrySource> Sources { get; init; } = [];

    /// <summary>The list's view of an event read as a whole.</summary>
    public static TimelineEntry From(EventRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new TimelineEntry(
            row.Id,
            new HistoricalDate(row.StartDate, row.EndDate, row.Precision, row.Qualifier, row.Label).StartText,
            Lower(row.Precision),
            row.Label,
            row.Title,
            row.EraId,
            row.Topics.Order(StringComparer.Ordinal).ToList(),
            row.Disagreement,
            row.Sources.Count)
        {
            DateProvenance = row.DateProvenance,
            DateNote = row.DateNote,
            Sources = row.Sources
                .OrderBy(s => s.DocumentFileName, StringComparer.Ordinal)
                .ThenBy(s => s.Start)
                .Select(s => new TimelineEntrySource(
                    SourceDescription.Citation(s.DocumentTitle, s.DocumentPublisher, s.DocumentPublishedOn), s.DocumentFileName, s.PassageOrdinal, s.Excerpt, s.Date?.Label))
                .ToList(),
        };
    }

#pragma warning disable CA1308 // the public shape spells these in lower case
    private static string Lower(DatePrecision value) => value.ToString().ToLowerInvariant();
#pragma warning restore CA1308
}
