using System.Net;
using JapanRussia.Core.Data;

namespace JapanRussia.Core.Search;

/// <summary>
/// The full-text index of the store a context opens, whichever provider holds it (<see cref="ISearchIndex"/>, chosen
/// with the context type: <see cref="SqliteSearchIndex"/> or <see cref="PostgresSearchIndex"/>). One row per event
/// over its title, its source sentences and the paragraphs that hold them; ingestion refreshes exactly the events it
/// rewrites.
/// </summary>
public static class SearchIndex
{
    // Private-use characters mark the match in the snippet, so the excerpt can be HTML-escaped before <mark> goes in.
    internal const string MarkOpen = "\uE000";
    internal const string MarkClose = "\uE001";

    /// <summary>
    /// Re-indexes the given events from what is stored now: drops their rows, then indexes those that still exist.
    /// Call inside the transaction that changed them. An empty list writes nothing.
    /// </summary>
    public static Task RefreshAsync(TimelineDbContext context, IEnumerable<string> eventIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(eventIds);
        return context.Seams.Search.RefreshAsync(context, eventIds, cancellationToken);
    }

    /// <summary>Rebuilds the whole index from the stored events (after a bulk load, or to repair).</summary>
    public static Task RebuildAsync(TimelineDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Seams.Search.RebuildAsync(context, cancellationToken);
    }

    /// <summary>The ids of the events matching an FTS5 query, unranked (a filter); composable with LINQ.</summary>
    public static IQueryable<string> EventIds(TimelineDbContext context, string ftsQuery)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Seams.Search.EventIds(context, ftsQuery);
    }

    /// <summary>
    /// One page of the events matching <paramref name="ftsQuery"/> in relevance order, found by ranking in the index
    /// alone; null when that is not enough to be sure of the page (then the filtered query ranks them).
    /// </summary>
    public static Task<IReadOnlyList<RankedHit>?> RankedPageAsync(
        TimelineDbContext context, string ftsQuery, int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Seams.Search.RankedPageAsync(context, ftsQuery, skip, take, cancellationToken);
    }

    /// <summary>Highlighted snippets for the index rows <paramref name="rows"/> (from <see cref="RankedPageAsync"/>), by event id.</summary>
    public static Task<IReadOnlyDictionary<string, string>> SnippetsForRowsAsync(
        TimelineDbContext context, string ftsQuery, IReadOnlyCollection<long> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rows);
        return context.Seams.Search.SnippetsForRowsAsync(context, ftsQuery, rows, cancellationToken);
    }

    /// <summary>Highlighted snippets for some of the events matching <paramref name="ftsQuery"/>, as safe HTML with <c>&lt;mark&gt;</c> around the matches.</summary>
    public static Task<IReadOnlyDictionary<string, string>> SnippetsAsync(
        TimelineDbContext context, string ftsQuery, IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(eventIds);
        return context.Seams.Search.SnippetsAsync(context, ftsQuery, eventIds, cancellationToken);
    }

    /// <summary>How many events the index holds (the health check compares it with the events table).</summary>
    public static Task<int> CountAsync(TimelineDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Seams.Search.CountAsync(context, cancellationToken);
    }

    internal static string ToHtml(string snippet) =>
        WebUtility.HtmlEncode(snippet)
            .Replace(MarkOpen, "<mark>", StringComparison.Ordinal)
            .Replace(MarkClose, "</mark>", StringComparison.Ordinal);
}
