using System.Globalization;
using System.Text.RegularExpressions;
using JapanRussia.Web.Tests.Support;

namespace JapanRussia.Web.Tests.Components;

/// <summary>The sources list comes a hundred documents a page, each page a link, every document on exactly one page.</summary>
public sealed partial class SourceListPagingTests : IDisposable
{
    private const int Documents = 130;

    private readonly string _seeds = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "jr-paging-seeds", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_seeds, recursive: true);

    [Fact]
    public async Task ALongListIsPagedAndEveryDocumentIsOnOnePage()
    {
        for (var i = 0; i < Documents; i++)
        {
            await File.WriteAllTextAsync(
                Path.Combine(_seeds, $"note-{i:D3}.txt"),
                string.Create(CultureInfo.InvariantCulture, $"Note {i:D3}\n\nIn {1860 + i} a note was written.\n"));
        }

        using var app = new TimelineAppFactory { SeedsPath = _seeds };
        using var client = app.CreateClient();

        var first = await client.GetStringAsync(new Uri("/sources", UriKind.Relative));
        var second = await client.GetStringAsync(new Uri("/sources?page=2", UriKind.Relative));
        var pastTheEnd = await client.GetStringAsync(new Uri("/sources?page=99", UriKind.Relative));

        Assert.Equal(100, Titles(first).Count);
        Assert.Contains("href=\"/sources?page=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/sources\" rel=\"prev\"", second, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(0, Documents).Select(i => $"Note {i:D3}"), Titles(first).Concat(Titles(second)));
        Assert.Equal(Titles(second), Titles(pastTheEnd));
    }

    private static List<string> Titles(string html) => TitlePattern().Matches(html).Select(m => m.Groups[1].Value).ToList();

    /// <summary>A document's title in the list (scoped styles add an attribute to each element).</summary>
    [GeneratedRegex("<h2[^>]*><a href=\"/sources/\\d+\"[^>]*><bdi[^>]*>([^<]*)")]
    private static partial Regex TitlePattern();
}
