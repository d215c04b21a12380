using JapanRussia.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Queries;

/// <summary>The sources of events, each with its paragraph, in document then text order.</summary>
internal static class SourceContexts
{
    public static async Task<IReadOnlyList<SourceContext>> ReadAsync(TimelineDbContext context, IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken)
    {
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
}
