using System.Globalization;

namespace JapanRussia.Core.Documents;

/// <summary>The optional metadata block at the top of a document, fenced by lines of three dashes.</summary>
public sealed record FrontMatter(string? Title, Uri? Source, DateOnly? Published, int BodyStart)
{
    /// <summary>Who published the document (key <c>publisher</c>, or <c>site</c>): "AP News".</summary>
    public string? Publisher { get; init; }

    public static readonly FrontMatter None = new(null, null, null, 0);

    /// <summary>
    /// Reads a leading <c>---</c> block of <c>key: value</c> lines. An unterminated block, or one whose lines
    /// are not all key-value pairs, is not front matter: the text is then all body, so nothing is lost.
    /// Unknown keys are ignored; a bad URL or date is treated as absent.
    /// </summary>
    public static FrontMatter Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return None;
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var position = 4;
        while (position < text.Length)
        {
            var lineEnd = text.IndexOf('\n', position);
            var line = lineEnd < 0 ? text[position..] : text[position..lineEnd];
            var next = lineEnd < 0 ? text.Length : lineEnd + 1;
            if (line.TrimEnd() == "---")
            {
                return new FrontMatter(
                    NonEmpty(values.GetValueOrDefault("title")),
                    ParseUrl(values.GetValueOrDefault("source")),
                    ParseDate(values.GetValueOrDefault("published")),
                    next)
                {
                    Publisher = NonEmpty(values.GetValueOrDefault("publisher") ?? values.GetValueOrDefault("site")),
                };
            }

            if (line.Trim().Length > 0)
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    return None;
                }

                values[line[..colon].Trim()] = Unquote(line[(colon + 1)..].Trim());
            }

            position = next;
        }

        return None;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] is '"' or '\'') && value[^1] == value[0] ? value[1..^1] : value;

    private static Uri? ParseUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
