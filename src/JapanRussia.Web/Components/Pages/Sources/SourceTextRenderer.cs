using System.Net;
using Ganss.Xss;
using Markdig;

namespace JapanRussia.Web.Components.Pages.Sources;

/// <summary>
/// Turns third-party document text into HTML that is safe to show: Markdown with raw HTML disabled, then a sanitiser
/// that keeps only plain formatting and http(s) links. A highlighted span is marked before sanitising, so the
/// sanitiser also repairs any nesting the mark would break.
/// </summary>
public sealed class SourceTextRenderer
{
    private const char MarkStart = '\uE000';
    private const char MarkEnd = '\uE001';

    private static readonly string[] AllowedTags =
    [
        "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li",
        "a", "mark", "sub", "sup", "del", "table", "thead", "tbody", "tr", "th", "td",
    ];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().DisableHtml().UsePipeTables().Build();
    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    /// <summary>Renders one passage; <paramref name="highlight"/> is a span relative to <paramref name="text"/>.</summary>
    public string Render(string text, (int Start, int End)? highlight = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Replace(MarkStart, ' ').Replace(MarkEnd, ' ');
        if (highlight is var (start, end))
        {
            start = Math.Clamp(start, 0, text.Length);
            end = Math.Clamp(end, start, text.Length);
            text = string.Concat(text[..start], MarkStart.ToString(), text[start..end], MarkEnd.ToString(), text[end..]);
        }

        var html = ToHtml(text)
            .Replace(MarkStart.ToString(), "<mark class=\"source-highlight\">", StringComparison.Ordinal)
            .Replace(MarkEnd.ToString(), "</mark>", StringComparison.Ordinal);

        // Document headings sit under the page's own h1.
        html = html.Replace("<h1>", "<h2>", StringComparison.Ordinal).Replace("</h1>", "</h2>", StringComparison.Ordinal);
        return _sanitizer.Sanitize(html);
    }

    /// <summary>Markdown, or plain paragraphs when the text nests deeper than Markdig accepts (it throws then).</summary>
    private string ToHtml(string text)
    {
        try
        {
            return Markdown.ToHtml(text, _pipeline);
        }
        catch (ArgumentException)
        {
            return PlainParagraphs(text);
        }
    }

    private static string PlainParagraphs(string text) => string.Concat(
        text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(paragraph => "<p>" + WebUtility.HtmlEncode(paragraph) + "</p>\n"));

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "title", "class"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
        var sanitizer = new HtmlSanitizer(options);
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                // Relative links would point into this site; only absolute http(s) addresses are kept.
                if (!Uri.TryCreate(link.GetAttribute("href"), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                {
                    link.RemoveAttribute("href");
                    return;
                }

                link.SetAttribute("rel", "nofollow noopener noreferrer");
                link.SetAttribute("class", "external");
            }
        };
        return sanitizer;
    }
}
