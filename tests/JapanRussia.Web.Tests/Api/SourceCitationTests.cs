using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace JapanRussia.Web.Tests.Api;

/// <summary>The seeds cited as sources, over HTTP: publisher and date first, the file name after, in the API and on the pages.</summary>
[Collection(ApiTestGroup.Name)]
public sealed partial class SourceCitationTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task TheSourcesApiDescribesEachDocumentAsASource()
    {
        var sources = JsonNode.Parse(await _client.GetStringAsync("/api/sources"))!["sources"]!.AsArray();
        var ap = sources.Single(s => s!["document"]!.GetValue<string>() == "000_d1d942f572a7c8cc.txt")!;
        Assert.Equal("AP News", ap["publisher"]!.GetValue<string>());
        Assert.Equal("AP News, 15 December 2016", ap["citation"]!.GetValue<string>());
        Assert.Equal("A history of rocky relations between Japan and Russia", ap["title"]!.GetValue<string>());

        var untitled = sources.Single(s => s!["document"]!.GetValue<string>() == "004_06bf8b0e85968406.txt")!;
        Assert.DoesNotContain("Historically", untitled["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(untitled["publisher"]);

        var detail = JsonNode.Parse(await _client.GetStringAsync("/api/sources/003_78b0b50a507ba5bf.txt"))!;
        Assert.Equal("GlobalSecurity.org, 22 March 2022", detail["citation"]!.GetValue<string>());
    }

    [Fact]
    public async Task EventsCiteTheirSourcesInTheApiAndTheExport()
    {
        var events = JsonNode.Parse(await _client.GetStringAsync("/api/events?q=Iturup"))!["events"]!.AsArray();
        var sources = events.SelectMany(e => e!["sources"]!.AsArray()).ToList();
        var ap = sources.First(s => s!["document"]!.GetValue<string>() == "000_d1d942f572a7c8cc.txt")!;
        Assert.Equal("AP News, 15 December 2016", ap["citation"]!.GetValue<string>());
        Assert.Equal("AP News", ap["publisher"]!.GetValue<string>());
        Assert.Equal("2016-12-15", ap["published"]!.GetValue<string>());
        Assert.Equal("A history of rocky relations between Japan and Russia", ap["documentTitle"]!.GetValue<string>());

        var exported = JsonNode.Parse(await _client.GetStringAsync("/api/export?format=json&q=Iturup"))!["events"]!.AsArray();
        Assert.Contains(exported.SelectMany(e => e!["sources"]!.AsArray()), s => s!["citation"]!.GetValue<string>() == "GlobalSecurity.org, 22 March 2022");
        var slides = await _client.GetStringAsync("/api/export?format=timelinejs&q=Iturup");
        Assert.Contains("AP News, 15 December 2016", slides, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSourcePagesCiteThePublisherAndDateWithTheFileNameAfter()
    {
        var list = await TextAsync("/sources");
        Assert.Contains("AP News, 15 December 2016 (000_d1d942f572a7c8cc.txt)", list, StringComparison.Ordinal);
        Assert.Contains("GlobalSecurity.org, 22 March 2022 (003_78b0b50a507ba5bf.txt)", list, StringComparison.Ordinal);

        var id = JsonNode.Parse(await _client.GetStringAsync("/api/sources/000_d1d942f572a7c8cc.txt"))!["id"]!.GetValue<int>();
        var page = await TextAsync($"/sources/{id}");
        Assert.Contains("AP News, 15 December 2016 (000_d1d942f572a7c8cc.txt)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEventPageCitesItsSourcesByPublisherAndDate()
    {
        var page = JsonNode.Parse(await _client.GetStringAsync("/api/events?q=Iturup"))!;
        var id = page["events"]!.AsArray().First(e => e!["start"]!.GetValue<string>() == "2016-12-15" && e["sources"]!.AsArray().Count > 1)!["id"]!.GetValue<string>();

        var text = await TextAsync($"/events/{id}");

        Assert.Contains("AP News, 15 December 2016 (000_d1d942f572a7c8cc.txt), paragraph", text, StringComparison.Ordinal);
        Assert.Contains("GlobalSecurity.org, 22 March 2022 (003_78b0b50a507ba5bf.txt), paragraph", text, StringComparison.Ordinal);
    }

    private async Task<string> TextAsync(string path)
    {
        var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(Tags().Replace(await response.Content.ReadAsStringAsync(), string.Empty));
    }

    [GeneratedRegex("<[^>]*>", RegexOptions.NonBacktracking)]
    private static partial Regex Tags();
}
