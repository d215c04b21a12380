using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using JapanRussia.Web.Tests.Support;

namespace JapanRussia.Web.Tests.Components;

/// <summary>Each page's title, description and Open Graph tags as served over the real pipeline: a shared link shows what it leads to.</summary>
public sealed class PageMetaTests(TimelineAppFactory factory) : IClassFixture<TimelineAppFactory>
{
    [Fact]
    public async Task ASharedEventLinkShowsTheEventsDateTitleAndAddress()
    {
        using var client = factory.CreateClient();
        var item = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/events?pageSize=1&sort=date", UriKind.Relative)))!["events"]![0]!;
        var id = item["id"]!.GetValue<string>();
        var label = item["label"]!.GetValue<string>();
        var title = item["title"]!.GetValue<string>();

        var head = (await PageAsync(client, $"/events/{id}?utm=shared")).Head!;

        Assert.StartsWith($"{label}: ", head.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("article", Meta(head, "og:type"));
        Assert.StartsWith($"{label}: {title[..Math.Min(40, title.Length)]}", Meta(head, "og:title"), StringComparison.Ordinal);
        Assert.StartsWith(label, Meta(head, "og:description"), StringComparison.Ordinal);
        Assert.Contains(title[..Math.Min(40, title.Length)], Meta(head, "og:description"), StringComparison.Ordinal);
        Assert.Equal(Meta(head, "og:description"), head.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        var address = new Uri(Meta(head, "og:url"));
        Assert.Equal($"/events/{id}", address.AbsolutePath);
        Assert.Empty(address.Query);
        Assert.Equal(address.ToString(), head.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task EveryPageHasItsOwnTitleAndDescription()
    {
        using var client = factory.CreateClient();
        var pages = new[] { "/", "/?era=cold-war&topic=territory", "/sources", "/sources/1", "/about" };
        var heads = new List<IElement>();
        foreach (var url in pages)
        {
            heads.Add((await PageAsync(client, url)).Head!);
        }

        Assert.All(heads, head =>
        {
            Assert.False(string.IsNullOrWhiteSpace(Meta(head, "og:title")));
            Assert.True(Meta(head, "og:description").Length > 40, Meta(head, "og:description"));
            Assert.Equal("Japan–Russia Timeline", Meta(head, "og:site_name"));
        });
        Assert.Equal(pages.Length, heads.Select(h => h.QuerySelector("title")!.TextContent).Distinct().Count());
        Assert.Equal(pages.Length, heads.Select(h => Meta(h, "og:description")).Distinct().Count());
        Assert.Matches(@"^\d+ events? for Era: Cold War; Topic: Territory\.", Meta(heads[1], "og:description"));
    }

    private static string Meta(IElement head, string property) =>
        head.QuerySelector($"meta[property='{property}']")?.GetAttribute("content") ?? "";

    private static async Task<IDocument> PageAsync(HttpClient client, string url) =>
        await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(new Uri(url, UriKind.Relative)));
}
