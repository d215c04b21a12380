using System.Text.RegularExpressions;
using JapanRussia.Core.Dates;

namespace JapanRussia.Core.Documents;

/// <summary>
/// Describes a document as a source. Front matter says it best; without it, the page's own furniture does: a byline
/// or stamp dates it ("Posted: Dec 15, 2016 9:47 AM"), the short line beside that stamp or a site named there names
/// the publisher ("AP News", "Join the GlobalSecurity.org mailing list"), and an address's host names it last. The
/// title is a heading line near the top; a document without one is titled by what it is (publisher and date, or the
/// years it covers), never by its first sentence.
/// </summary>
public static partial class SourceDescriptionReader
{
    /// <summary>A title is found among the first lines, or not at all: deeper in, a short line is a subheading.</summary>
    private const int HeadingLines = 5;

    /// <summary>The longest line read as a heading; headlines run to about 150 characters.</summary>
    private const int LongestHeading = 160;

    /// <summary>The most words a publisher's name line has ("The Japan Times", "Ministry of Foreign Affairs of Japan").</summary>
    private const int LongestPublisherWords = 7;

    /// <summary>How many lines before or after a furniture stamp a publisher line may stand.</summary>
    private const int PublisherReach = 2;

    /// <summary>Words of site banners and calls to action, which are never a document's title.</summary>
    private static readonly string[] BannerWords = ["donation", "donate", "subscribe", "newsletter", "sign up", "cookies", "mailing list"];

    public static SourceDescription Read(FrontMatter frontMatter, string body, string fileName)
    {
        ArgumentNullException.ThrowIfNull(frontMatter);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(fileName);
        var lines = body.Split('\n').Select(line => line.Trim()).ToList();
        var published = frontMatter.Published ?? DateRecognizer.FindPublicationDate(body) ?? PublishedByDate(lines) ?? ReportDateLine.Find(body);
        var publisher = Tidy(frontMatter.Publisher) ?? PublisherFromAddress(frontMatter.Source) ?? PublisherFromFurniture(lines);
        var title = Tidy(frontMatter.Title) ?? Heading(lines, publisher) ?? Built(publisher, published, body) ?? DocumentTitle.Tidy(Path.GetFileNameWithoutExtension(fileName));
        return new SourceDescription(title, publisher, frontMatter.Source, published);
    }

    /// <summary>The first heading-like line among the first few, passing over banners and the publisher's line.</summary>
    internal static string? Heading(IReadOnlyList<string> lines, string? publisher)
    {
        foreach (var line in lines.Where(l => l.Trim('-', '*', '=', '#', ' ').Length > 0).Take(HeadingLines))
        {
            var text = WikiHeading().Replace(line, "$1").TrimStart('#').Trim();
            if (IsHeading(text) && !string.Equals(text, publisher, StringComparison.OrdinalIgnoreCase))
            {
                return DocumentTitle.Tidy(text);
            }
        }

        return null;
    }

    /// <summary>A short line of a stamp's neighbourhood that names a publisher, or a site named there ("GlobalSecurity.org").</summary>
    internal static string? PublisherFromFurniture(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (PublishedBy().Match(lines[i]) is { Success: true } by)
            {
                return Tidy(by.Groups["name"].Value);
            }

            if (lines[i].Length == 0 || DateRecognizer.FindPublicationDate(lines[i]) is null)
            {
                continue;
            }

            foreach (var near in Neighbours(lines, i))
            {
                if (IsNameLine(near))
                {
                    return Tidy(near);
                }

                if (SiteName().Match(near) is { Success: true } site)
                {
                    return site.Value;
                }
            }
        }

        return null;
    }

    /// <summary>The date of a "Published online by Cambridge University Press: 26 March 2024" line.</summary>
    private static DateOnly? PublishedByDate(IReadOnlyList<string> lines) =>
        lines.Select(line => PublishedBy().Match(line))
            .Where(by => by.Success)
            .Select(by => DateRecognizer.FindPublicationDate("Published: " + by.Groups["rest"].Value))
            .FirstOrDefault(date => date is not null);

    /// <summary>The host of the document's address without "www." ("nippon.com"), when front matter gives one.</summary>
    internal static string? PublisherFromAddress(Uri? address) =>
        address is null || address.HostNameType != UriHostNameType.Dns ? null
        : address.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? address.Host[4..] : address.Host;

    /// <summary>A title from what the document is: "AP News, 15 December 2016", or the years it covers: "Untitled text, 1904–2018".</summary>
    private static string? Built(string? publisher, DateOnly? published, string body)
    {
        if (publisher is not null)
        {
            return SourceDescription.Citation(publisher, publisher, published);
        }

        if (published is { } date)
        {
            return "Untitled text of " + SourceDescription.Day(date);
        }

        var years = Year().Matches(body).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return years.Count == 0 ? null
            : years.Min() == years.Max() ? $"Untitled text, {years.Min()}"
            : $"Untitled text, {years.Min()}–{years.Max()}";
    }

    private static IEnumerable<string> Neighbours(IReadOnlyList<string> lines, int at)
    {
        var before = 0;
        for (var k = at - 1; k >= 0 && before < PublisherReach; k--)
        {
            if (lines[k].Length > 0)
            {
                before++;
                yield return lines[k];
            }
        }

        var after = 0;
        for (var k = at + 1; k < lines.Count && after < PublisherReach; k++)
        {
            if (lines[k].Length > 0)
            {
                after++;
                yield return lines[k];
            }
        }
    }

    /// <summary>Short, capitalised, no sentence or clause punctuation, no digits: "AP News", "The Japan Times".</summary>
    private static bool IsNameLine(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= LongestPublisherWords &&
            char.IsUpper(line[0]) &&
            !line.Any(c => char.IsDigit(c) || c is '.' or ',' or ':' or ';' or '!' or '?' or '"' or '“') &&
            words.Count(w => char.IsUpper(w[0])) * 2 > words.Length;
    }

    private static bool IsHeading(string line) =>
        line.Length is > 0 and <= LongestHeading &&
        line.Any(char.IsLetter) &&
        !line.EndsWith('.') && !line.EndsWith('!') && !line.EndsWith('?') && !line.EndsWith(',') && !line.EndsWith(';') &&
        !BannerWords.Any(word => line.Contains(word, StringComparison.OrdinalIgnoreCase)) &&
        DateRecognizer.FindPublicationDate(line) is null;

    private static string? Tidy(string? value) => string.IsNullOrWhiteSpace(value) || DocumentTitle.Tidy(value) is not { Length: > 0 } tidy ? null : tidy;

    // Bounded: NonBacktracking runs in linear time whatever the input.
    [GeneratedRegex(@"^=+\s*(.*?)\s*=+$", RegexOptions.NonBacktracking)]
    private static partial Regex WikiHeading();

    [GeneratedRegex(@"^(?:Posted|Published)(?: online)? by (?<name>[^:]{2,80}?)\s*:\s*(?<rest>.*)$", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)]
    private static partial Regex PublishedBy();

    [GeneratedRegex(@"\b[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:org|com|net|gov|edu|int|info|news|ru|jp|uk|io)\b", RegexOptions.NonBacktracking)]
    private static partial Regex SiteName();

    [GeneratedRegex(@"\b(?:1[89]|20)[0-9]{2}\b", RegexOptions.NonBacktracking)]
    private static partial Regex Year();
}
