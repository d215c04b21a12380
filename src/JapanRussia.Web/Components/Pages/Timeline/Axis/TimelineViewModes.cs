namespace JapanRussia.Web.Components.Pages.Timeline.Axis;

/// <summary>The view in the URL.</summary>
public static class TimelineViewModes
{
    public const string AxisValue = "axis";

    public static TimelineViewMode Parse(string? value) =>
        string.Equals(value?.Trim(), AxisValue, StringComparison.OrdinalIgnoreCase) ? TimelineViewMode.Axis : TimelineViewMode.List;

    public static string? ToUrlValue(this TimelineViewMode mode) => mode == TimelineViewMode.Axis ? AxisValue : null;
}
