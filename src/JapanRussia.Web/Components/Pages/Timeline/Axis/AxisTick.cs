using System.Globalization;

namespace JapanRussia.Web.Components.Pages.Timeline.Axis;

/// <summary>A labelled mark on the scale, at <see cref="Left"/> percent of the width.</summary>
public sealed record AxisTick(double Left, string Label)
{
    private static readonly int[] YearSteps = [1, 2, 5, 10, 20, 25, 50, 100];

    /// <summary>At most about eight ticks: months in a one- or two-year window, round years otherwise.</summary>
    public static IReadOnlyList<AxisTick> For(AxisWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (window.Years <= 2)
        {
            var every = window.Years * 2;
            return Enumerable.Range(0, window.Years * 12 / every)
                .Select(i => window.StartDay.AddMonths(i * every))
                .Select(d => new AxisTick(100 * window.Fraction(d), d.ToString(d.Month == 1 ? "MMM yyyy" : "MMM", CultureInfo.InvariantCulture)))
                .ToList();
        }

        var step = YearSteps.FirstOrDefault(s => window.Years / s <= 8, YearSteps[^1]);
        var first = (window.From + step - 1) / step * step;
        return Enumerable.Range(0, ((window.To - first) / step) + 1)
            .Select(i => first + (i * step))
            .Select(y => new AxisTick(100 * window.Fraction(new DateOnly(y, 1, 1)), y.ToString(CultureInfo.InvariantCulture)))
            .ToList();
    }
}
