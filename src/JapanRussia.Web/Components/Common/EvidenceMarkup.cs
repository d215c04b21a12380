using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using JapanRussia.Core.Dates;
using JapanRussia.Core.Queries;
using Microsoft.AspNetCore.Components;

namespace JapanRussia.Web.Components.Common;

/// <summary>
/// Dates, highlighted text and excerpts written as HTML in one piece. A list page sends one markup frame per piece
/// instead of a frame per element, attribute and text run, which is most of what a filter change costs. Every piece of
/// source text goes through <see cref="AppendText"/>: it is third-party and must never become markup.
/// </summary>
public static class EvidenceMarkup
{
    // Every script left as it is (Japanese and Russian text stays readable and short); markup characters always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static MarkupString Highlighted(string text, IReadOnlyList<string> terms) =>
        Build(html => AppendHighlighted(html, text, terms));

    public static MarkupString DateLabel(
        string label, string precision, string start, DateProvenanceKind provenance = DateProvenanceKind.Stated, string? note = null, bool badge = true) =>
        Build(html => AppendDateLabel(html, label, precision, start, provenance, note, badge));

    /// <summary>The inside of an excerpt's figure: the paragraph with its sentence marked, and where it is from.</summary>
    public static MarkupString Excerpt(SourceContext source, IReadOnlyList<string> terms) =>
        Build(html => AppendExcerpt(html, source, terms));

    public static StringBuilder AppendText(StringBuilder html, string text)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(text);
        using var writer = new StringWriter(html);
        Encoder.Encode(writer, text);
        return html;
    }

    /// <summary>The text with each run that matches a search term in a <c>mark.match</c>.</summary>
    public static StringBuilder AppendHighlighted(StringBuilder html, string text, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(html);
        foreach (var (run, isMatch) in SearchTerms.Split(text, terms))
        {
            if (isMatch)
            {
                AppendText(html.Append("<mark class=\"match\">"), run).Append("</mark>");
            }
            else
            {
                AppendText(html, run);
            }
        }

        return html;
    }

    /// <summary>
    /// The date as precisely as the sources state it, and no more; machine-readable where the precision allows. A date
    /// the source did not state in full says so beside it ("worked out"), with how in full for a screen reader and a tooltip,
    /// unless <paramref name="badge"/> is false (a page that writes out how in full beside the label).
    /// </summary>
    public static StringBuilder AppendDateLabel(
        StringBuilder html, string label, string precision, string start, DateProvenanceKind provenance = DateProvenanceKind.Stated, string? note = null, bool badge = true)
    {
        ArgumentNullException.ThrowIfNull(html);
        var description = DatePrecisionText.Describe(precision, provenance, note);
        AppendText(html.Append("<time class=\"date-label precision-"), precision).Append('"');
        if (precision is "day" or "month" or "year")
        {
            AppendText(html.Append(" datetime=\""), start).Append('"');
        }

        AppendText(html.Append(" title=\""), description).Append("\">");
        AppendText(html, label).Append("</time>");
        if (badge && DatePrecisionText.Badge(provenance) is { } word && note is not null)
        {
            AppendText(html.Append("<span class=\"date-provenance\" title=\""), description).Append("\">");
            AppendText(html, word).Append("<span class=\"visually-hidden\">: ");
            AppendText(html, note).Append("</span></span>");
        }

        return html;
    }

    public static StringBuilder AppendExcerpt(StringBuilder html, SourceContext source, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(source);
        var (start, end) = source.SpanInPassage;
        var text = source.PassageText;
        var link = Links.SourceAt(source);
        AppendText(html.Append("<blockquote cite=\""), link).Append("\"><p>");
        AppendHighlighted(html, text[..start], terms).Append("<mark class=\"sentence\">");
        AppendHighlighted(html, text[start..end], terms).Append("</mark>");
        AppendHighlighted(html, text[end..], terms).Append("</p></blockquote><figcaption><cite>");
        AppendText(html.Append("<bdi>"), source.DocumentTitle).Append("</bdi></cite>, paragraph ")
            .Append(source.PassageOrdinal.ToString(CultureInfo.InvariantCulture)).Append(" · ");
        AppendText(html.Append("<a href=\""), link).Append("\">Read in the source<span class=\"visually-hidden\"> “");
        return AppendText(html.Append("<bdi>"), source.DocumentTitle).Append("</bdi>”</span></a></figcaption>");
    }

    private static MarkupString Build(Action<StringBuilder> write)
    {
        var html = new StringBuilder();
        write(html);
        return new MarkupString(html.ToString());
    }
}
