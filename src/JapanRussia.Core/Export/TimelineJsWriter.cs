using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Export;

/// <summary>
/// The TimelineJS3 JSON format (https://timeline.knightlab.com/docs/json-format.html): a title slide, one slide per
/// event dated no more precisely than its source, the era as the slide's group, and the eras as bands.
/// Every piece of text is HTML-escaped, since TimelineJS renders headline and text as HTML.
/// </summary>
public static class TimelineJsWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static Task WriteAsync(IReadOnlyList<EventDocument> events, ExportOptions options, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        return JsonSerializer.SerializeAsync(output, Build(events, options), Json, cancellationToken);
    }

    public static TimelineJsDocument Build(IReadOnlyList<EventDocument> events, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(options);
        var eraNames = options.Eras.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var slides = events.Select(e => Slide(e, eraNames, options)).ToList();
        var used = events.Select(e => e.Era).ToHashSet(StringComparer.Ordinal);
        var lastYear = Math.Max(options.CurrentYear, events.Count == 0 ? 0 : events.Max(e => Year(e.End)));
        var eras = options.Eras
            .Where(e => used.Contains(e.Id))
            .Select(e => new TimelineJsEra(
                new TimelineJsDate(Year(e.Start), null, null),
                new TimelineJsDate(Year(e.End ?? lastYear), null, null),
                new TimelineJsText(WebUtility.HtmlEncode(e.Name), null)))
            .ToList();
        var title = new TimelineJsSlide(
            null,
            null,
            null,
            new TimelineJsText(
                WebUtility.HtmlEncode(options.Title),
                $"<p>{events.Count.ToString(CultureInfo.InvariantCulture)} events, each with the sentences of the sources that state it.</p>"),
            null,
            "title");
        return new TimelineJsDocument(title, slides, eras);
    }

    /// <summary>A date at the event's precision: a day has year, month and day; a month has year and month; anything coarser, the year alone.</summary>
    public static TimelineJsDate Date(string isoDate)
    {
        ArgumentNullException.ThrowIfNull(isoDate);
        var parts = isoDate.Split('-');
        return new TimelineJsDate(
            TrimYear(parts[0]),
            parts.Length > 1 ? TrimLeadingZero(parts[1]) : null,
            parts.Length > 2 ? TrimLeadingZero(parts[2]) : null);
    }

    private static TimelineJsSlide Slide(EventDocument item, Dictionary<string, string> eraNames, ExportOptions options)
    {
        var text = new StringBuilder();
        foreach (var source in item.Sources)
        {
            text.Append("<p>").Append(WebUtility.HtmlEncode(source.Excerpt)).Append("</p>");
            var name = WebUtility.HtmlEncode(source.Citation.Length > 0 ? source.Citation : source.DocumentTitle);
            var link = options.SourceLink(source);
            text.Append("<p>");
            if (link is not null)
            {
                text.Append("<a href=\"").Append(WebUtility.HtmlEncode(link.ToString())).Append("\">").Append(name).Append("</a>");
            }
            else
            {
                text.Append(name);
            }

            text.Append("</p>");
        }

        return new TimelineJsSlide(
            Date(item.Start),
            Date(item.End),
            WebUtility.HtmlEncode(item.Label),
            new TimelineJsText(WebUtility.HtmlEncode(item.Title), text.ToString()),
            WebUtility.HtmlEncode(eraNames.GetValueOrDefault(item.Era, item.Era)),
            item.Id);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static int Year(string isoDate) => int.Parse(isoDate.Split('-')[0], CultureInfo.InvariantCulture);

    private static string TrimYear(string year) => int.Parse(year, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    private static string TrimLeadingZero(string part) => int.Parse(part, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
}
