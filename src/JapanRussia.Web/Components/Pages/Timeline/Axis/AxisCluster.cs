namespace JapanRussia.Web.Components.Pages.Timeline.Axis;

/// <summary>
/// A dense stretch drawn as a count: zooming in to <see cref="Target"/> opens it. Null when the window cannot narrow
/// further (a single year), where the list shows the events instead.
/// </summary>
public sealed record AxisCluster(double Left, double Width, int Count, int FirstYear, int LastYear, AxisWindow? Target);
