using JapanRussia.Core.Export;
using JapanRussia.Core.Search;

namespace JapanRussia.Core.Queries;

/// <summary>
/// A page of a free-text search, highlighted. Ranked with no other filter, the index alone ranks the hits and only the
/// best are looked up; otherwise, and when ties make that unsure, <see cref="FilteredHits"/>. Ranked pages are read from
/// the top; pages in time order past the middle from the other end (<see cref="PageWindow"/>).
/// </summary>
internal static class TextPages
{
    public static async Task<IReadOnlyList<EventDocument>> ReadAsync(
        ReadSession session, EventSelection selection, string match, EventSort sort, int skip, int expected, int total, CancellationToken cancellationToken)
    {
        var context = session.Context;
        if (sort == EventSort.Relevance && selection.IsTextOnly)
        {
            var best = await SearchIndex.RankedPageAsync(context, match, skip, expected, cancellationToken).ConfigureAwait(false);
            if (best?.Count == expected)
            {
                var snippets = await SearchIndex.SnippetsForRowsAsync(context, match, best.Select(h => h.Row).ToList(), cancellationToken).ConfigureAwait(false);
                return await TimelineReader.ReadDocumentsAsync(session, best.Select(h => h.EventId!).ToList(), snippets, cancellationToken).ConfigureAwait(false);
            }
        }

        var window = sort == EventSort.Relevance ? new PageWindow(skip, expected, Reversed: false) : PageWindow.For(skip, expected, total);
        var ids = await MatchingEvents.PageIdsAsync(session, selection, sort, window, total, cancellationToken).ConfigureAwait(false);
        var found = await SearchIndex.SnippetsAsync(context, match, ids, cancellationToken).ConfigureAwait(false);
        return await TimelineReader.ReadDocumentsAsync(session, ids, found, cancellationToken).ConfigureAwait(false);
    }
}
