using JapanRussia.Core.Data;
using JapanRussia.Core.Documents;
using JapanRussia.Core.Events;
using JapanRussia.Core.Export;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Queries;

/// <summary>An era as the pages show it: name, years and colour.</summary>
public sealed record EraInfo(string Id, string Name, int StartYear, int? EndYear, string Color);

/// <summary>A value a reader can filter by, with how many events carry it.</summary>
public sealed record FacetValue(string Value, string Name, int Count);

/// <summary>Everything the filter panel offers: eras, topics, documents, people and places.</summary>
public sealed record TimelineFacets(
    IReadOnlyList<EraInfo> Eras,
    IReadOnlyList<FacetValue> Topics,
    IReadOnlyList<FacetValue> Documents,
    IReadOnlyList<FacetValue> People,
    IReadOnlyList<FacetValue> Places);

/// <summary>
/// One source of an event with the paragraph around it, so a page can show the sentence in context and link to
/// the reader at that place. <see cref="Start"/>/<see cref="End"/> are offsets into the document text;
/// <see cref="PassageStart"/> is where <see cref="PassageText"/> begins in it.
/// </summary>
public sealed record SourceContext(
    string EventId,
    int DocumentId,
    string DocumentFileName,
    string DocumentTitle,
    int PassageOrdinal,
    int PassageStart,
    string PassageText,
    int Start,
    int End)
{
    /// <summary>The sentence's span relative to <see cref="PassageText"/>, clamped to it.</summary>
    [JsonIgnore]
    public (int Start, int End) SpanInPassage
    {
        get
        {
            var start = Math.Clamp(Start - PassageStart, 0, PassageText.Length);
            var end = Math.Clamp(End - PassageStart, start, PassageText.Length);
            return (start, end);
        }
    }
}

/// <summary>An event's neighbour in timeline order (for previous/next links).</summary>
public sealed record EventNeighbour(string Id, string Label, string Title);

/// <summary>One event with its sources in context and its neighbours.</summary>
public sealed record EventDetail(
    EventDocument Event,
    IReadOnlyList<SourceContext> Sources,
    EventNeighbour? Previous,
    EventNeighbour? Next);

/// <summary>A row of the sources list.</summary>
public sealed record DocumentSummary(
    int Id,
    string FileName,
    string Title,
    string? SourceUrl,
    DateOnly? PublishedOn,
    int PassageCount,
    int EventCount);

/// <summary>One page of the sources list: <paramref name="Page"/> of <paramref name="Pages"/>, out of <paramref name="Total"/> documents.</summary>
public sealed record DocumentPage(IReadOnlyList<DocumentSummary> Documents, int Page, int Pages, int Total);

/// <summary>A paragraph (or heading, list item, caption) of a document, with its span in the document text.</summary>
public sealed record DocumentPassage(int Ordinal, PassageKind Kind, int Start, int End, string Text);

/// <summary>An event found in a document, with the first place the document states it.</summary>
public sealed record DocumentEvent(string EventId, string Label, string Title, string Era, int PassageOrdinal, int Start, int End);

/// <summary>A document for the reader: its passages in order and the events found in it.</summary>
public sealed record DocumentDetail(
    DocumentSummary Summary,
    IReadOnlyList<DocumentPassage> Passages,
    IReadOnlyList<DocumentEvent> Events);

/// <summary>
/// The read paths the pages need besides <see cref="EventSearch"/>: filter choices, sources in context, one event,
/// and the documents. One context per call.
/// </summary>
public sealed class TimelineCatalog(IDbContextFactory<TimelineDbContext> contextFactory, EventSearch events)
{
    public async Task<TimelineFacets> GetFacetsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var eras = await context.Eras.AsNoTracking().OrderBy(e => e.SortOrder)
            .Select(e => new EraInfo(e.Id, e.Name, e.StartYear, e.EndYear, e.Color))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var topicCounts = await context.EventTopics.AsNoTracking().GroupBy(t => t.TopicId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var topics = (await context.Topics.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(t => new FacetValue(t.Id, t.Name, topicCounts.GetValueOrDefault(t.Id)))
            .ToList();

        var documents = await context.Documents.AsNoTracking()
            .Select(d => new
            {
                d.FileName,
                d.Title,
                Count = context.EventSources.Where(s => s.Passage.DocumentId == d.Id).Select(s => s.EventId).Distinct().Count(),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var entities = await context.EventEntities.AsNoTracking().GroupBy(e => new { e.Kind, e.Name })
            .Select(g => new { g.Key.Kind, g.Key.Name, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        return new TimelineFacets(
            eras,
            topics,
            documents.OrderBy(d => d.Title, StringComparer.CurrentCulture).Select(d => new FacetValue(d.FileName, d.Title, d.Count)).ToList(),
            Facet(entities.Where(e => e.Kind == EntityKind.Person).Select(e => (e.Name, e.Count))),
            Facet(entities.Where(e => e.Kind == EntityKind.Place).Select(e => (e.Name, e.Count))));

        static List<FacetValue> Facet(IEnumerable<(string Name, int Count)> values) =>
            values.OrderBy(v => v.Name, StringComparer.CurrentCulture).Select(v => new FacetValue(v.Name, v.Name, v.Count)).ToList();
    }

    /// <summary>The sources of the given events, each with its paragraph, in document then text order.</summary>
    public async Task<IReadOnlyList<SourceContext>> GetSourceContextsAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        if (eventIds.Count == 0)
        {
            return [];
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var ids = eventIds.ToList();
        var rows = await context.EventSources.AsNoTracking()
            .Where(s => ids.Contains(s.EventId))
            .Select(s => new SourceContext(
                s.EventId,
                s.Passage.DocumentId,
                s.Passage.Document.FileName,
                s.Passage.Document.Title,
                s.Passage.Ordinal,
                s.Passage.Start,
                s.Passage.Text,
                s.Start,
                s.End))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.OrderBy(r => r.DocumentFileName, StringComparer.Ordinal).ThenBy(r => r.Start).ToList();
    }

    /// <summary>
    /// One event with its sources in context and its neighbours in timeline order. The event comes from
    /// <see cref="EventSearch.FindAsync"/> (its columns, not its documents' whole text); each neighbour is one seek in the
    /// timeline index from the event's own row.
    /// </summary>
    public async Task<EventDetail?> GetEventAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var found = await events.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return null;
        }

        EventNeighbour? previous;
        EventNeighbour? next;
        await using (var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            previous = await NeighbourAsync(context, id, before: true, cancellationToken).ConfigureAwait(false);
            next = await NeighbourAsync(context, id, before: false, cancellationToken).ConfigureAwait(false);
        }

        var sources = await GetSourceContextsAsync([id], cancellationToken).ConfigureAwait(false);
        return new EventDetail(found, sources, previous, next);
    }

    public async Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await Summaries(context, context.Documents).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.OrderBy(d => d.Title, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>One page of the documents in title order; a page past the last is the last.</summary>
    public async Task<DocumentPage> ListDocumentPageAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var titles = await context.Documents.AsNoTracking().Select(d => new { d.Id, d.Title }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var pages = Math.Max(1, (titles.Count + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pages);
        var ids = titles.OrderBy(d => d.Title, StringComparer.CurrentCulture).ThenBy(d => d.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).Select(d => d.Id).ToList();
        var rows = await Summaries(context, context.Documents.Where(d => ids.Contains(d.Id))).ToDictionaryAsync(d => d.Id, cancellationToken).ConfigureAwait(false);
        return new DocumentPage(ids.Select(id => rows[id]).ToList(), page, pages, titles.Count);
    }

    public async Task<DocumentDetail?> GetDocumentAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var summary = await Summaries(context, context.Documents.Where(d => d.Id == id)).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (summary is null)
        {
            return null;
        }

        var passages = await context.Passages.AsNoTracking().Where(p => p.DocumentId == id).OrderBy(p => p.Ordinal)
            .Select(p => new DocumentPassage(p.Ordinal, p.Kind, p.Start, p.End, p.Text))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var mentions = await context.EventSources.AsNoTracking().Where(s => s.Passage.DocumentId == id)
            .Select(s => new
            {
                s.EventId,
                s.Event.Label,
                s.Event.Title,
                s.Event.EraId,
                s.Event.StartDate,
                s.Event.EndDate,
                s.Passage.Ordinal,
                s.Start,
                s.End,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var events = mentions
            .GroupBy(m => m.EventId, StringComparer.Ordinal)
            .Select(g => g.OrderBy(m => m.Start).First())
            .OrderBy(m => m.StartDate).ThenBy(m => m.EndDate).ThenBy(m => m.EventId, StringComparer.Ordinal)
            .Select(m => new DocumentEvent(m.EventId, m.Label, m.Title, m.EraId, m.Ordinal, m.Start, m.End))
            .ToList();

        return new DocumentDetail(summary, passages, events);
    }

    /// <summary>The event just before or after <paramref name="id"/> in timeline order, by a row-value range on the (StartDate, EndDate, Id) index (names quoted: PostgreSQL folds bare names to lower case).</summary>
    private static Task<EventNeighbour?> NeighbourAsync(TimelineDbContext context, string id, bool before, CancellationToken cancellationToken) =>
        (before
            ? context.Database.SqlQuery<EventNeighbour>($"SELECT \"Id\", \"Label\", \"Title\" FROM \"Events\" WHERE (\"StartDate\", \"EndDate\", \"Id\") < (SELECT \"StartDate\", \"EndDate\", \"Id\" FROM \"Events\" WHERE \"Id\" = {id}) ORDER BY \"StartDate\" DESC, \"EndDate\" DESC, \"Id\" DESC LIMIT 1")
            : context.Database.SqlQuery<EventNeighbour>($"SELECT \"Id\", \"Label\", \"Title\" FROM \"Events\" WHERE (\"StartDate\", \"EndDate\", \"Id\") > (SELECT \"StartDate\", \"EndDate\", \"Id\" FROM \"Events\" WHERE \"Id\" = {id}) ORDER BY \"StartDate\", \"EndDate\", \"Id\" LIMIT 1"))
        .AsAsyncEnumerable().FirstOrDefaultAsync(cancellationToken).AsTask();

    private static IQueryable<DocumentSummary> Summaries(TimelineDbContext context, IQueryable<DocumentRecord> documents) =>
        documents.AsNoTracking().Select(d => new DocumentSummary(
            d.Id,
            d.FileName,
            d.Title,
            d.SourceUrl,
            d.PublishedOn,
            d.Passages.Count,
            context.EventSources.Where(s => s.Passage.DocumentId == d.Id).Select(s => s.EventId).Distinct().Count()));
}
