namespace JapanRussia.Web.Components.Pages.Timeline.Axis;

/// <summary>How the timeline shows its events: the list (the reading order) or the time axis (<c>view=axis</c>).</summary>
public enum TimelineViewMode
{
    List,
    Axis,
}
