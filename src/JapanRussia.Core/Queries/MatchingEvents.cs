using JapanRussia.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Queries;

/// <summary>
/// Which events match a filter, how many, and which of them a page shows, by the cheapest plan: with free text from
/// its hits (<see cref="FilteredHits"/>), otherwise by walking the timeline index when the page is near, else from the
/// matches, sorted. Counts are kept per data version, so a filter is counted once however many pages are read.
/// </summary>
internal static class MatchingEvents
{
    /// <summary>Index entries a page may walk past; beyond this, starting from the matches and sorting them is likely cheaper.</summary>
    private const int WalkBudget = 10_000;

    /// <summary>How many steps of a walk cost about as much as sorting one hit of the free text (measured: docs/performance.md).</summary>
    private const int StepsPerSortedHit = 1;

    /// <summary>The filter's matching events, with what planning their query needs.</summary>
    public static async Task<EventSelection> SelectAsync(ReadSession session, EventFilter filter, string? match, CancellationToken cancellationToken)
    {
        if (filter.From is null)
        {
            return new EventSelection(session.Context, filter, match, LongestSpanYears: null);
        }

        var longest = await session.CachedAsync(ReadKey.Of("longest-span"), async () =>
            await session.Context.Events.MaxAsync(e => (int?)(e.EndDate.Year - e.StartDate.Year), cancellationToken).ConfigureAwait(false) ?? 0).ConfigureAwait(false);
        return new EventSelection(session.Context, filter, match, longest);
    }

    /// <summary>How many events match; with free text, counted from the hits.</summary>
    public static Task<int> CountAsync(ReadSession session, EventSelection selection, CancellationToken cancellationToken) =>
        session.CachedAsync(selection.Key("total"), () => selection.Match is { } match
            ? selection.Context.Seams.Hits.CountAsync(selection.Context, selection.Filter, match, selection.LongestSpanYears, cancellationToken)
            : selection.SourceEvents is { } sourceEvents
            ? sourceEvents.CountAsync(selection.Context, selection.Filter, selection.LongestSpanYears, cancellationToken)
            : selection.Events(walk: false).CountAsync(cancellationToken));

    /// <summary>How many matching events start in each year (the overview strip), in year order.</summary>
    public static Task<IReadOnlyList<YearCount>> YearsAsync(ReadSession session, EventSelection selection, CancellationToken cancellationToken) =>
        session.CachedAsync<IReadOnlyList<YearCount>>(selection.Key("years"), async () =>
        {
            if (selection.Match is { } match)
            {
                return await selection.Context.Seams.Hits.YearsAsync(selection.Context, selection.Filter, match, selection.LongestSpanYears, cancellationToken).ConfigureAwait(false);
            }

            if (selection.SourceEvents is { } sourceEvents)
            {
                return await sourceEvents.YearsAsync(selection.Context, selection.Filter, selection.LongestSpanYears, cancellationToken).ConfigureAwait(false);
            }

            var years = await selection.Events(walk: false).GroupBy(e => e.StartDate.Year).Select(g => new YearCount(g.Key, g.Count()))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return years.OrderBy(c => c.Year).ToList();
        });

    /// <summary>
    /// The ids of <paramref name="window"/> in <paramref name="sort"/>, in the page's own order: with a source and no free text,
    /// from the source's events (<see cref="SqliteSourceEvents"/>); in time order, by walking the
    /// timeline index when the counts say the page is near (<see cref="SqliteTimelineWalk"/>); otherwise from the matches,
    /// sorted: with free text from its hits (<see cref="FilteredHits"/>), else as the planner finds them.
    /// </summary>
    public static async Task<List<string>> PageIdsAsync(
        ReadSession session, EventSelection selection, EventSort sort, PageWindow window, int total, CancellationToken cancellationToken)
    {
        var order = window.Sort(selection.Match is null && sort == EventSort.Relevance ? EventSort.Chronological : sort);
        if (selection.SourceEvents is { } sourceEvents)
        {
            return window.InPageOrder(await sourceEvents.PageAsync(
                selection.Context, selection.Filter, selection.LongestSpanYears, order, window.Skip, window.Take, cancellationToken).ConfigureAwait(false));
        }

        if (order != EventSort.Relevance && selection.HasMembership && selection.Context.Seams.Walk is { } walk &&
            await WalkIsShortAsync(session, selection, window.Skip + window.Take, total, cancellationToken).ConfigureAwait(false))
        {
            return window.InPageOrder(await walk.PageAsync(
                selection.Context, selection.Filter, selection.Match, selection.LongestSpanYears, order, window.Skip, window.Take, cancellationToken).ConfigureAwait(false));
        }

        if (selection.Match is { } match)
        {
            return window.InPageOrder(await selection.Context.Seams.Hits.PageAsync(
                selection.Context, selection.Filter, match, selection.LongestSpanYears, order, window.Skip, window.Take, cancellationToken).ConfigureAwait(false));
        }

        return window.InPageOrder(
            await Order(selection, order, walk: false).Skip(window.Skip).Take(window.Take).ToListAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The ids of every matching event in <paramref name="sort"/> (the exports).</summary>
    public static async Task<List<string>> AllIdsAsync(EventSelection selection, EventSort sort, CancellationToken cancellationToken) =>
        selection.Match is { } match
            ? await selection.Context.Seams.Hits.PageAsync(selection.Context, selection.Filter, match, selection.LongestSpanYears, sort, 0, int.MaxValue, cancellationToken).ConfigureAwait(false)
            : selection.SourceEvents is { } sourceEvents
            ? await sourceEvents.PageAsync(selection.Context, selection.Filter, selection.LongestSpanYears, sort, 0, int.MaxValue, cancellationToken).ConfigureAwait(false)
            : await Order(selection, sort, walk: false).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Whether walking the timeline index in order and probing each event for the topic, source, person, place and text
    /// filters finds the page within <see cref="WalkBudget"/> index entries, judging by how densely the matches sit among
    /// the events of the eras and years asked for. With free text the budget grows with its hits: sorting them reads an
    /// event row per hit, about the cost of a step of the walk (which probes the event's index row and its topics).
    /// </summary>
    private static async Task<bool> WalkIsShortAsync(ReadSession session, EventSelection selection, long wanted, int total, CancellationToken cancellationToken)
    {
        var scope = await CountAsync(session, selection.Scope, cancellationToken).ConfigureAwait(false);
        var budget = selection.Match is null
            ? WalkBudget
            : Math.Max(WalkBudget, StepsPerSortedHit * (long)await CountAsync(session, selection.TextAlone, cancellationToken).ConfigureAwait(false));
        return wanted * scope <= budget * total;
    }

    /// <summary>The ids of the matching events in time order (relevance without free text is time order).</summary>
    private static IQueryable<string> Order(EventSelection selection, EventSort sort, bool walk) => sort switch
    {
        EventSort.ReverseChronological => selection.Events(walk)
            .OrderByDescending(e => e.StartDate).ThenByDescending(e => e.EndDate).ThenByDescending(e => e.Id)
            .Select(e => e.Id),
        _ => selection.Events(walk).InTimelineOrder().Select(e => e.Id),
    };
}
