using System.Globalization;
using JapanRussia.Core.Queries;
using Microsoft.AspNetCore.Components;

namespace JapanRussia.Web.Components.Pages.Timeline.Axis;

public sealed partial class TimelineAxis
{
    [Parameter, EditorRequired]
    public AxisPlan Plan { get; set; } = null!;

    [Parameter, EditorRequired]
    public TimelineAddress Address { get; set; } = TimelineAddress.Cleared;

    [Parameter, EditorRequired]
    public IReadOnlyList<EraInfo> Eras { get; set; } = [];

    private AxisWindow Window => Plan.Window;

    private string RangeText => Window.Years == 1
        ? Window.From.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Window.From}–{Window.To}");

    private string TrackLabel => string.Create(
        CultureInfo.CurrentCulture,
        $"Time axis, {RangeText}: {Plan.Count:N0} {(Plan.Count == 1 ? "event" : "events")}. Plus and minus zoom, the arrow keys move earlier or later.");

    private IEnumerable<AxisStep> Steps =>
    [
        new("out", "−", "-", "Zoom out", Window.CanZoomOut ? Window.ZoomOut(Window.Centre) : null),
        new("in", "+", "+", "Zoom in", Window.CanZoomIn ? Window.ZoomIn(Window.Centre) : null),
        new("earlier", "←", "ArrowLeft", "Earlier", Window.From > AxisWindow.First ? Window.Pan(-1) : null),
        new("later", "→", "ArrowRight", "Later", Window.To < AxisWindow.Last ? Window.Pan(1) : null),
    ];

    /// <summary>Marks and clusters in time order: the order a keyboard and a screen reader meet them.</summary>
    private IEnumerable<object> Items =>
        Plan.Marks.Select(m => (Left: m.Left, Lane: m.Lane, Item: (object)m))
            .Concat(Plan.Clusters.Select(c => (Left: c.Left, Lane: -1, Item: (object)c)))
            .OrderBy(i => i.Left).ThenBy(i => i.Lane)
            .Select(i => i.Item);

    private IEnumerable<(EraInfo Era, double Left, double Width)> EraBands =>
        Eras.Select(e => (Era: e, Start: Clamp(Window.Fraction(new DateOnly(Math.Max(e.StartYear, 1), 1, 1))),
                End: Clamp(Window.Fraction(new DateOnly(Math.Min((e.EndYear ?? AxisWindow.Last) + 1, 9999), 1, 1)))))
            .Where(b => b.End > b.Start)
            .Select(b => (b.Era, 100 * b.Start, 100 * (b.End - b.Start)));

    private static string MarkClass(AxisMark mark) =>
        "axis-mark " + mark.Shape.CssClass() + (mark.Left > 60 ? " tip-end" : "") + (mark.Lane < 2 ? " upper" : "") + (mark.Drawn is null ? "" : " cut");

    private static string MarkStyle(AxisMark mark) =>
        $"left: {P(mark.Left)}; width: {P(mark.Width)}; --lane: {mark.Lane}" +
        (mark.Drawn is var (left, width) ? $"; --drawn-left: {P(left)}; --drawn-width: {P(width)}" : "");

    private string ClusterUrl(AxisCluster cluster) => cluster.Target is { } target
        ? target.Apply(Address).ToUrl()
        : (Address with { View = TimelineViewMode.List }).WithYears(cluster.FirstYear, cluster.LastYear).ToUrl();

    private static string ClusterLabel(AxisCluster cluster)
    {
        var years = cluster.FirstYear == cluster.LastYear
            ? cluster.FirstYear.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{cluster.FirstYear}–{cluster.LastYear}");
        var action = cluster.Target is null ? "show them as a list" : "zoom in";
        return string.Create(CultureInfo.CurrentCulture, $"{cluster.Count:N0} events, {years}: {action}");
    }

    private static double Clamp(double fraction) => Math.Clamp(fraction, 0, 1);

    private static string P(double percent) => percent.ToString("0.###", CultureInfo.InvariantCulture) + "%";

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private sealed record AxisStep(string Name, string Symbol, string Key, string Label, AxisWindow? Target);
}
