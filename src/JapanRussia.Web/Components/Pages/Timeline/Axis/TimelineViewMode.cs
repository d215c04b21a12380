namespace JapanRussia.Web.Components.Pages.Timeline.Axis;

/// <summary>How the timeline shows its events: the list (the reading order) or the time axis (<c>view=axis</c>).</summary>
public enum TimelineViewMode
{
    List,
    Axis,
}

/// <summary>The view in the URL.</summary>
public static class TimelineViewModes
{
    public const string AxisValue = "axis";

    public static TimelineViewMode Parse(string? value) =>
        string.Equals(value?.Trim(), AxisValue, StringComparison.OrdinalIgnoreCase) ? TimelineViewMode.Axis : TimelineViewMode.List;

    public static string? ToUrlValue(this TimelineViewMode mode) => mode == TimelineViewMode.Axis ? AxisValue : null;
}
