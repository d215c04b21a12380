using JapanRussia.Core.Dates;

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

/// <summary>The shape of a date.</summary>
public static class MarkShapes
{
    public static MarkShape Of(DatePrecision precision, DateQualifier qualifier, DateOnly start, DateOnly end) => (precision, qualifier) switch
    {
        (_, DateQualifier.Before) => MarkShape.Before,
        (_, DateQualifier.After) => MarkShape.After,
        (_, DateQualifier.Early or DateQualifier.Mid or DateQualifier.Late or DateQualifier.Circa) => MarkShape.Soft,
        (DatePrecision.Decade or DatePrecision.Century or DatePrecision.Approximate, _) => MarkShape.Soft,
        (DatePrecision.Month or DatePrecision.Year, _) => MarkShape.Band,
        _ => start == end ? MarkShape.Point : MarkShape.Span,
    };

#pragma warning disable CA1308 // CSS class names are lower case
    public static string CssClass(this MarkShape shape) => shape.ToString().ToLowerInvariant();
#pragma warning restore CA1308
}
