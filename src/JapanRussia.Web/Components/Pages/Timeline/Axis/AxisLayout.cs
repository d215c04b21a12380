using JapanRussia.Core.Queries;

namespace JapanRussia.Web.Components.Pages.Timeline.Axis;

/// <summary>
/// Lays a window's events out: the window is cut into <see cref="Columns"/> columns; where more events start in one
/// column than there are <see cref="Lanes"/>, or an event finds no free lane, they are counted instead of drawn, and
/// neighbouring counted columns (up to <see cref="MaxClusterColumns"/>) make one cluster. The server does not know the
/// screen's width, so the columns are fractions of it: about 28 px at 1366 px, 7 px on a phone.
/// </summary>
public static class AxisLayout
{
    public const int Columns = 48;

    public const int Lanes = 5;

    public const int MaxClusterColumns = 4;

    public static AxisPlan Plan(IReadOnlyList<AxisEntry> entries, AxisWindow window)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(window);
        var placed = entries.Where(e => e.Overlaps(window.From, window.To)).Select(e => Placed.Of(e, window)).ToList();
        var starting = new int[Columns];
        foreach (var item in placed)
        {
            starting[item.FirstColumn]++;
        }

        var laneEnds = Enumerable.Repeat(-1, Lanes).ToArray();
        var counted = new List<Placed>?[Columns];
        var marks = new List<AxisMark>();
        foreach (var item in placed)
        {
            var lane = starting[item.FirstColumn] > Lanes ? -1 : Array.FindIndex(laneEnds, end => end < item.FirstColumn);
            if (lane < 0)
            {
                (counted[item.FirstColumn] ??= []).Add(item);
                continue;
            }

            laneEnds[lane] = item.LastColumn;
            marks.Add(item.ToMark(lane, window));
        }

        return new AxisPlan(window, marks, Clusters(counted, window), placed.Count);
    }

    private static List<AxisCluster> Clusters(List<Placed>?[] counted, AxisWindow window)
    {
        var clusters = new List<AxisCluster>();
        for (var column = 0; column < Columns;)
        {
            if (counted[column] is null)
            {
                column++;
                continue;
            }

            var first = column;
            var items = new List<Placed>();
            while (column < Columns && column - first < MaxClusterColumns && counted[column] is { } more)
            {
                items.AddRange(more);
                column++;
            }

            clusters.Add(ClusterOf(items, first, column - first, window));
        }

        return clusters;
    }

    private static AxisCluster ClusterOf(List<Placed> items, int firstColumn, int columns, AxisWindow window)
    {
        var firstYear = Math.Max(window.From, items.Min(i => i.Entry.Start.Year));
        var lastYear = Math.Min(window.To, Math.Max(firstYear, items.Max(i => i.Entry.Start.Year)));
        var target = new AxisWindow(firstYear, lastYear);
        if (target == window)
        {
            target = window.CanZoomIn ? window.ZoomIn(window.From + ((firstColumn + (columns / 2.0)) * window.Years / Columns)) : null;
        }

        return new AxisCluster(100.0 * firstColumn / Columns, 100.0 * columns / Columns, items.Count, firstYear, lastYear, target);
    }

    /// <summary>An event's drawn extent across the window as fractions of its width (unclipped and clipped) and as columns.</summary>
    private sealed record Placed(AxisEntry Entry, double RawStart, double RawEnd, int FirstColumn, int LastColumn)
    {
        public double Start => Math.Clamp(RawStart, 0, 1);

        public double End => Math.Clamp(RawEnd, Start, 1);

        public static Placed Of(AxisEntry entry, AxisWindow window)
        {
            var (first, after) = DrawnSpan.Of(entry);
            var (rawStart, rawEnd) = (window.Fraction(first), window.Fraction(after));
            var start = Math.Clamp(rawStart, 0, 1);
            var end = Math.Clamp(rawEnd, start, 1);
            var firstColumn = Math.Min(Columns - 1, (int)(start * Columns));
            var lastColumn = Math.Max(firstColumn, Math.Min(Columns - 1, (int)Math.Ceiling(end * Columns) - 1));
            return new Placed(entry, rawStart, rawEnd, firstColumn, lastColumn);
        }

        public AxisMark ToMark(int lane, AxisWindow window)
        {
            var width = End - Start;
            var cut = RawStart < 0 || RawEnd > 1;
            return new(Entry, 100 * Start, 100 * width, lane, MarkShapes.Of(Entry.Precision, Entry.Qualifier, Entry.Start, Entry.End))
            {
                Anchor = window.From + ((Start + End) / 2 * window.Years),
                Drawn = cut && width > 0 ? (100 * (RawStart - Start) / width, 100 * (RawEnd - RawStart) / width) : null,
            };
        }
    }
}
