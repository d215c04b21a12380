using JapanRussia.Core.Dates;

namespace JapanRussia.Web.Components.Pages.Timeline.Axis;

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
