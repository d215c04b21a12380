namespace JapanRussia.Core.Queries;

/// <summary>
/// Which rows to read for a page. A page past the middle of the results is read from the other end, in the opposite
/// order, and then turned round: an OFFSET makes SQLite step over every row it skips, so the last of 27,000 pages cost
/// as much as reading all of them. The orders are total (ties end on the id), so both ends give the same page.
/// </summary>
internal readonly record struct PageWindow(int Skip, int Take, bool Reversed)
{
    public static PageWindow For(long skip, int take, int total)
    {
        var end = Math.Min(total, skip + take);
        return skip > total - end ? new PageWindow((int)(total - end), (int)(end - skip), Reversed: true) : new PageWindow((int)skip, take, Reversed: false);
    }

    /// <summary>The sort to read with: the opposite one when reversed (relevance is never read reversed).</summary>
    public EventSort Sort(EventSort sort) => !Reversed ? sort : sort == EventSort.ReverseChronological ? EventSort.Chronological : EventSort.ReverseChronological;

    /// <summary>The rows read, in the page's own order.</summary>
    public List<T> InPageOrder<T>(List<T> rows)
    {
        if (Reversed)
        {
            rows.Reverse();
        }

        return rows;
    }
}
