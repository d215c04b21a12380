namespace JapanRussia.Web.Components.Pages.Timeline.Axis;

/// <summary>How a date is drawn: as precisely as the source states it, and no more.</summary>
public enum MarkShape
{
    /// <summary>A day: a dot.</summary>
    Point,

    /// <summary>Several stated days (from one day to another): a solid bar.</summary>
    Span,

    /// <summary>A whole month or year: a band as wide as it.</summary>
    Band,

    /// <summary>A hedged or coarse date (mid-1960s, late 1991, c. 1990, the 1950s): a band with soft edges over its span.</summary>
    Soft,

    /// <summary>"By 1979", "before 1979": fading out towards the past.</summary>
    Before,

    /// <summary>"After 1979": fading out towards the future.</summary>
    After,
}
