namespace JapanRussia.Web.Components.Pages.Timeline.Axis;

/// <summary>
/// The years the axis shows, [<see cref="From"/>, <see cref="To"/>] whole years, inside the timeline's bounds, and the
/// windows one zoom or pan step away. wwwroot/axis.js steps by the same rules (anchored at the pointer or the focused
/// event), so that a link, a key and the wheel land on the same addresses.
/// </summary>
public sealed record AxisWindow(int From, int To)
{
    public static int First => OverviewStrip.FirstYear;

    public static int Last => OverviewStrip.LastYear;

    public int Years => To - From + 1;

    /// <summary>True when the window is the whole timeline: its address carries no years.</summary>
    public bool IsWhole => From == First && To == Last;

    public bool CanZoomIn => Years > 1;

    public bool CanZoomOut => !IsWhole;

    public DateOnly StartDay => new(From, 1, 1);

    /// <summary>The first day after the window.</summary>
    public DateOnly EndDay => new(To + 1, 1, 1);

    /// <summary>The window an address's years ask for, either end open meaning the timeline's bound.</summary>
    public static AxisWindow Of(TimelineAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var from = Math.Clamp(address.Filter.From ?? First, First, Last);
        var to = Math.Clamp(address.Filter.To ?? Last, from, Last);
        return new AxisWindow(from, to);
    }

    /// <summary>Half as many years, keeping <paramref name="anchor"/> (a fractional year) where it is on screen.</summary>
    public AxisWindow ZoomIn(double anchor) => Scaled(Math.Max(1, Years / 2), anchor);

    /// <summary>Twice as many years, up to the whole timeline, keeping <paramref name="anchor"/> where it is.</summary>
    public AxisWindow ZoomOut(double anchor) => Scaled(Math.Min(Last - First + 1, Years * 2), anchor);

    /// <summary>A quarter of the window earlier (negative <paramref name="direction"/>) or later, at least a year.</summary>
    public AxisWindow Pan(int direction) => Placed(From + (Math.Sign(direction) * Math.Max(1, Years / 4)), Years);

    public double Centre => From + (Years / 2.0);

    /// <summary>Where <paramref name="day"/> falls across the window, 0 at its first day and 1 after its last.</summary>
    public double Fraction(DateOnly day) => (double)(day.DayNumber - StartDay.DayNumber) / (EndDay.DayNumber - StartDay.DayNumber);

    /// <summary>The address showing this window: the timeline's bounds are written as no years at all.</summary>
    public TimelineAddress Apply(TimelineAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return IsWhole ? address.WithYears(null, null) : address.WithYears(From, To);
    }

    private AxisWindow Scaled(int years, double anchor)
    {
        var from = (int)Math.Floor(anchor - ((anchor - From) * years / Years) + 0.5);
        return Placed(from, years);
    }

    private static AxisWindow Placed(int from, int years)
    {
        from = Math.Clamp(from, First, Last - years + 1);
        return new AxisWindow(from, from + years - 1);
    }
}
