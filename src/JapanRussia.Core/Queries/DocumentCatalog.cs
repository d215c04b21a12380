using JapanRussia.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Queries;

/// <summary>The documents events are found in: the sources list and one document for the reader. One context per call.</summary>
public sealed class DocumentCatalog(IDbContextFactory<TimelineDbContext> contextFactory)
{
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
