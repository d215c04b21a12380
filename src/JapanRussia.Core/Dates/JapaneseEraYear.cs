using System.Globalization;
using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Dates;

/// <summary>A year of a Japanese era: "Meiji 38" (明治38年).</summary>
public sealed record JapaneseEraYear(string Era, string Japanese, int Year)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Era} {Year}");

    /// <summary>The era year as written in Japanese: 明治38年, with 元年 for an era's first year.</summary>
    public string InJapanese => Year == 1 ? Japanese + "元年" : string.Create(CultureInfo.InvariantCulture, $"{Japanese}{Year}年");

    /// <summary>
    /// The era years a date falls in: one for a day; for a month or a year, each era it overlaps (1912: Meiji 45 and
    /// Taishō 1). None before the Gregorian calendar in Japan, or for a date coarser than a year.
    /// </summary>
    /// <param name="start">YYYY, YYYY-MM or YYYY-MM-DD.</param>
    /// <param name="precision">day, month or year (the public shape's spelling); anything else gives none.</param>
    public static IReadOnlyList<JapaneseEraYear> Of(string start, string precision) => Of(start, precision, ReferenceData.JapaneseEras);

    public static IReadOnlyList<JapaneseEraYear> Of(string start, string precision, JapaneseEraTable table)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(table);
        if (Span(start, precision) is not var (first, last) || first < table.CalendarFrom)
        {
            return [];
        }

        var years = new List<JapaneseEraYear>();
        for (var i = 0; i < table.Eras.Count; i++)
        {
            var era = table.Eras[i];
            var end = i + 1 < table.Eras.Count ? table.Eras[i + 1].Start.AddDays(-1) : DateOnly.MaxValue;
            if (era.Start <= last && end >= first)
            {
                var day = first > era.Start ? first : era.Start;
                years.Add(new JapaneseEraYear(era.Name, era.Japanese, day.Year - era.Start.Year + 1));
            }
        }

        return years;
    }

    private static (DateOnly First, DateOnly Last)? Span(string start, string precision)
    {
        var parts = start.Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1 or > 9998)
        {
            return null;
        }

        var month = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : 0;
        var day = parts.Length > 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d) && month > 0 && d >= 1 && d <= DateTime.DaysInMonth(year, month) ? d : 0;
        return precision switch
        {
            "day" when day > 0 => (new DateOnly(year, month, day), new DateOnly(year, month, day)),
            "month" when month > 0 => (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month))),
            "year" => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)),
            _ => null,
        };
    }
}
