using System.Text.Json;
using JapanRussia.Core.Data;
using JapanRussia.Core.Dates;
using JapanRussia.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Queries;

/// <summary>
/// Reads <see cref="EventRow"/>s by id in one query: each event's sources, topics and entities come along as JSON arrays
/// (<c>json_group_array</c>), rather than as one query per collection. Documents are named from a small map read once
/// per ingestion version, because a document's title is stored after its full text and reading it walks the whole text.
/// </summary>
internal static class EventRows
{
    private const string Sql =
        "SELECT e.Id, e.StartDate, e.EndDate, e.Precision, e.Qualifier, e.Label, e.Title, e.EraId, e.Disagreement, " +
        "(SELECT json_group_array(json_array(p.DocumentId, p.Ordinal, s.Start, s.\"End\", s.Excerpt)) " +
        "FROM EventSources AS s INNER JOIN Passages AS p ON p.Id = s.PassageId WHERE s.EventId = e.Id) AS Sources, " +
        "(SELECT json_group_array(t.TopicId) FROM EventTopics AS t WHERE t.EventId = e.Id) AS Topics, " +
        "(SELECT json_group_array(json_array(x.Kind, x.Name)) FROM EventEntities AS x WHERE x.EventId = e.Id) AS Entities " +
        "FROM Events AS e WHERE e.Id IN (SELECT value FROM json_each({0}))";

    /// <summary>The events with these ids that exist, by id.</summary>
    public static async Task<Dictionary<string, EventRow>> LoadAsync(
        TimelineDbContext context, IReadOnlyCollection<string> ids, IReadOnlyDictionary<int, DocumentName> documents, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, EventRow>(ids.Count, StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return rows;
        }

        var stored = await context.Database.SqlQueryRaw<StoredEvent>(Sql, JsonSerializer.Serialize(ids))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in stored)
        {
            if (row.ToRow(documents) is not { } eventRow)
            {
                // A document written since the map was read: the map is of an older version than these rows.
                return await LoadAsync(context, ids, await DocumentNamesAsync(context, cancellationToken).ConfigureAwait(false), cancellationToken)
                    .ConfigureAwait(false);
            }

            rows[row.Id] = eventRow;
        }

        return rows;
    }

    /// <summary>Every document's file name and title by id: a few hundred short strings at most.</summary>
    public static async Task<IReadOnlyDictionary<int, DocumentName>> DocumentNamesAsync(TimelineDbContext context, CancellationToken cancellationToken) =>
        await context.Documents.AsNoTracking()
            .ToDictionaryAsync(d => d.Id, d => new DocumentName(d.FileName, d.Title), cancellationToken).ConfigureAwait(false);

    /// <summary>The columns of <see cref="Sql"/>, as SQLite returns them (enums as their names, collections as JSON).</summary>
    private sealed class StoredEvent
    {
        public required string Id { get; init; }

        public DateOnly StartDate { get; init; }

        public DateOnly EndDate { get; init; }

        public required string Precision { get; init; }

        public required string Qualifier { get; init; }

        public required string Label { get; init; }

        public required string Title { get; init; }

        public required string EraId { get; init; }

        public string? Disagreement { get; init; }

        public required string Sources { get; init; }

        public required string Topics { get; init; }

        public required string Entities { get; init; }

        /// <summary>The row, or null when a source's document is not in <paramref name="documents"/>.</summary>
        public EventRow? ToRow(IReadOnlyDictionary<int, DocumentName> documents)
        {
            var sources = new List<EventSourceRow>();
            using (var json = JsonDocument.Parse(Sources))
            {
                foreach (var source in json.RootElement.EnumerateArray())
                {
                    if (!documents.TryGetValue(source[0].GetInt32(), out var document))
                    {
                        return null;
                    }

                    sources.Add(new EventSourceRow(
                        document.FileName, document.Title, source[1].GetInt32(), source[2].GetInt32(), source[3].GetInt32(), source[4].GetString()!));
                }
            }

            var topics = JsonSerializer.Deserialize<List<string>>(Topics) ?? [];
            var entities = new List<EventEntityRow>();
            using (var json = JsonDocument.Parse(Entities))
            {
                foreach (var entity in json.RootElement.EnumerateArray())
                {
                    entities.Add(new EventEntityRow(Enum.Parse<EntityKind>(entity[0].GetString()!), entity[1].GetString()!));
                }
            }

            return new EventRow(
                Id, StartDate, EndDate, Enum.Parse<DatePrecision>(Precision), Enum.Parse<DateQualifier>(Qualifier), Label, Title, EraId, Disagreement,
                sources, topics, entities);
        }
    }
}

/// <summary>How a source names its document.</summary>
internal sealed record DocumentName(string FileName, string Title);
