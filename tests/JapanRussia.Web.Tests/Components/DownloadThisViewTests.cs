using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using JapanRussia.Web.Tests.Support;

namespace JapanRussia.Web.Tests.Components;

/// <summary>The timeline's "Download this view" links, followed over the real pipeline from the seeds.</summary>
public sealed class DownloadThisViewTests(TimelineAppFactory factory) : IClassFixture<TimelineAppFactory>
{
    private const string View = "/?era=cold-war&topic=territory";

    [Fact]
    public async Task TheTimelineOffersEachFormatWithTheViewsFilters()
    {
        using var client = factory.CreateClient();

        var links = await ExportLinksAsync(client, View);

        Assert.Equal(["csv", "json", "timelinejs"], links.Keys.Order(StringComparer.Ordinal));
        Assert.All(links.Values, url => Assert.StartsWith("/api/export?format=", url, StringComparison.Ordinal));
        Assert.All(links.Values, url => Assert.EndsWith("&era=cold-war&topic=territory", url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EachDownloadHoldsOnlyTheViewsEvents()
    {
        using var client = factory.CreateClient();
        var links = await ExportLinksAsync(client, View);
        var expected = await EventIdsAsync(client, "/api/events?era=cold-war&topic=territory&pageSize=200");
        var everything = await EventIdsAsync(client, "/api/events?pageSize=200");
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < everything.Count, "the view is narrower than the whole timeline");

        var json = JsonNode.Parse(await client.GetStringAsync(new Uri(links["json"], UriKind.Relative)))!["events"]!.AsArray();
        Assert.Equal(expected, json.Select(e => e!["id"]!.GetValue<string>()).ToHashSet());
        Assert.All(json, e => Assert.Equal("cold-war", e!["era"]!.GetValue<string>()));

        var csv = await client.GetStringAsync(new Uri(links["csv"], UriKind.Relative));
        var rows = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..];
        Assert.Equal(expected.Count, rows.Length);
        Assert.All(expected, id => Assert.Contains(rows, row => row.StartsWith(id + ",", StringComparison.Ordinal)));

        var slides = JsonNode.Parse(await client.GetStringAsync(new Uri(links["timelinejs"], UriKind.Relative)))!["events"]!.AsArray();
        Assert.Equal(expected.Count, slides.Count);
    }

    [Fact]
    public async Task AnEmptyViewOffersNoDownload()
    {
        using var client = factory.CreateClient();

        var links = await ExportLinksAsync(client, "/?q=zzzznothingmatches");

        Assert.Empty(links);
    }

    private static async Task<Dictionary<string, string>> ExportLinksAsync(HttpClient client, string view)
    {
        var response = await client.GetAsync(new Uri(view, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        return document.QuerySelectorAll(".export-links a[data-format]").ToDictionary(a => a.GetAttribute("data-format")!, a => a.GetAttribute("href")!);
    }

    private static async Task<HashSet<string>> EventIdsAsync(HttpClient client, string url)
    {
        var page = JsonNode.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative)))!;
        return page["events"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()).ToHashSet();
    }
}
