using JapanRussia.Core.Data;
using JapanRussia.Core.Documents;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Ingestion;

/// <summary>
/// Describes stored documents again when the code that reads them changed but their content did not, so that a
/// better reader of titles, publishers and dates reaches a store without its documents being written again.
/// </summary>
internal static class DocumentDescriptions
{
    /// <summary>Updates the title, publisher, address and date of each stored document of <paramref name="unchanged"/> that reads differently now; returns how many.</summary>
    public static async Task<int> RefreshAsync(TimelineDbContext context, IReadOnlyCollection<SourceDocument> unchanged, CancellationToken cancellationToken)
    {
        var byName = unchanged.ToDictionary(d => d.FileName, StringComparer.Ordinal);
        var stored = await context.Documents.AsNoTracking()
            .Select(d => new { d.Id, d.FileName, d.Title, d.Publisher, d.SourceUrl, d.PublishedOn })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var refreshed = 0;
        foreach (var row in stored)
        {
            if (!byName.TryGetValue(row.FileName, out var now))
            {
                continue;
            }

            var url = now.SourceUrl?.ToString();
            if (row.Title == now.Title && row.Publisher == now.Publisher && row.SourceUrl == url && row.PublishedOn == now.PublishedOn)
            {
                continue;
            }

            await context.Documents.Where(d => d.Id == row.Id).ExecuteUpdateAsync(
                set => set
                    .SetProperty(d => d.Title, now.Title)
                    .SetProperty(d => d.Publisher, now.Publisher)
                    .SetProperty(d => d.SourceUrl, url)
                    .SetProperty(d => d.PublishedOn, now.PublishedOn),
                cancellationToken).ConfigureAwait(false);
            refreshed++;
        }

        return refreshed;
    }
}
