namespace JapanRussia.Web.Components.Pages.Timeline.Axis;

/// <summary>What the axis draws for one window: the events in their lanes, the dense stretches as counts, and how many events the window holds.</summary>
public sealed record AxisPlan(AxisWindow Window, IReadOnlyList<AxisMark> Marks, IReadOnlyList<AxisCluster> Clusters, int Count);
