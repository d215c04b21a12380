using System.Globalization;
using JapanRussia.Core.Queries;
using Microsoft.AspNetCore.Components;

namespace JapanRussia.Web.Components.Pages.Timeline;

public sealed partial class OverviewStrip
{
    public const int FirstYear = 1850;
    private const double Width = 1000;
    private const double Height = 64;

    [Parameter, EditorRequired]
    public IReadOnlyList<YearCount> Years { get; set; } = [];

    [Parameter, EditorRequired]
    public IReadOnlyList<EraInfo> Eras { get; set; } = [];

    [Parameter, EditorRequired]
    public TimelineAddress Address { get; set; } = TimelineAddress.Cleared;

    /// <summary>This year. The UTC clock: the local one converts time zones on every read, and a render reads it hundreds of times.</summary>
    public static int LastYear => DateTime.UtcNow.Year;

    private static int YearCountSpan => LastYear - FirstYear + 1;

    private static IEnumerable<int> Ticks => Enumerable.Range(0, ((LastYear - FirstYear) / 25) + 1).Select(i => FirstYear + (i * 25));

    private IEnumerable<(double X, double Width, double Height, string Color)> Bars
    {
        get
        {
            var max = Math.Max(1, Years.Where(y => y.Year is >= FirstYear).Select(y => y.Count).DefaultIfEmpty(0).Max());
            foreach (var year in Years.Where(y => y.Year >= FirstYear && y.Year <= LastYear && y.Count > 0))
            {
                var (x, w) = Span(year.Year, year.Year);

                // Square-root scale: one busy year must not flatten every other year to nothing.
                var height = Math.Max(3, (Height - 4) * Math.Sqrt(year.Count) / Math.Sqrt(max));
                yield return (x + (w * 0.1), w * 0.8, height, EraColor(year.Year));
            }
        }
    }

    /// <summary>
    /// The bars as one path per era colour: a filter change redraws the whole histogram, and a handful of path
    /// attributes is far less to diff and send than a rectangle per year.
    /// </summary>
    private IEnumerable<(string Color, string Path)> BarPaths =>
        Bars.GroupBy(b => b.Color, StringComparer.Ordinal).Select(g => (g.Key, string.Concat(g.Select(b =>
            $"M{F(b.X)} {F(Height - b.Height)}h{F(b.Width)}v{F(b.Height)}h-{F(b.Width)}z"))));

    /// <summary>Events per year from <see cref="FirstYear"/> to <see cref="LastYear"/>, for the brush's label.</summary>
    private int[] Counts
    {
        get
        {
            var counts = new int[YearCountSpan];
            foreach (var year in Years.Where(y => y.Year >= FirstYear && y.Year <= LastYear))
            {
                counts[year.Year - FirstYear] += year.Count;
            }

            return counts;
        }
    }

    private (double X, double Width)? Selection =>
        Address.Filter.From is null && Address.Filter.To is null ? null : Span(Address.Filter.From ?? FirstYear, Address.Filter.To ?? LastYear);

    private static (double X, double Width) Span(int first, int last)
    {
        first = Math.Clamp(first, FirstYear, LastYear);
        last = Math.Clamp(last, first, LastYear);
        var unit = Width / YearCountSpan;
        return ((first - FirstYear) * unit, (last - first + 1) * unit);
    }

    private string EraColor(int year) =>
        Eras.FirstOrDefault(e => year >= e.StartYear && (e.EndYear is null || year <= e.EndYear))?.Color ?? "#4a5568";

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
