using JapanRussia.Core.Queries;

namespace JapanRussia.Web.Components.Pages.Timeline.Axis;

/// <summary>An event drawn on the axis: where (percent of the width), in which lane, and as what shape.</summary>
public sealed record AxisMark(AxisEntry Entry, double Left, double Width, int Lane, MarkShape Shape)
{
    /// <summary>The middle of the mark as a fractional year: what + and − zoom around while it is focused.</summary>
    public double Anchor { get; init; }

    /// <summary>
    /// Where the whole date is drawn when the window cuts it, in percent of the mark's visible width (the track clips
    /// the rest): a fade or soft edge keeps its place instead of being squeezed into the visible part. Null when uncut.
    /// </summary>
    public (double Left, double Width)? Drawn { get; init; }
}
