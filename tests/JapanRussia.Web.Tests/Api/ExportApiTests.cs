using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace JapanRussia.Web.Tests.Api;

/// <summary>Run on both stores: <see cref="SqliteExportApiTests"/> and <see cref="PostgresExportApiTests"/>.</summary>
public abstract class ExportApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("json", "application/json", "japan-russia-timeline.json")]
    [InlineData("csv", "text/csv", "japan-russia-timeline.csv")]
    [InlineData("timelinejs", "application/json", "japan-russia-timeline.timelinejs.json")]
    public async Task EachFormatDownloadsAsAnAttachment(string format, string mediaType, string fileName)
    {
        var response = await _client.GetAsync($"/api/export?format={format}&era=cold-war");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task TheJsonDownloadHoldsTheFilteredEvents()
    {
        var export = JsonNode.Parse(await _client.GetStringAsync("/api/export?format=json&era=cold-war"))!["events"]!.AsArray();
        var page = JsonNode.Parse(await _client.GetStringAsync("/api/events?era=cold-war&pageSize=200"))!;
        Assert.Equal(page["total"]!.GetValue<int>(), export.Count);
        Assert.All(export, e => Assert.Equal("cold-war", e!["era"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TheCsvDownloadHasABomAHeaderAndARowPerEvent()
    {
        var bytes = await _client.GetByteArrayAsync("/api/export?format=csv&era=cold-war");
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("id,start,end,", text, StringComparison.Ordinal);
        var page = JsonNode.Parse(await _client.GetStringAsync("/api/events?era=cold-war&pageSize=1"))!;
        var ids = page["events"]!.AsArray().Select(e => e!["id"]!.GetValue<string>());
        Assert.All(ids, id => Assert.Contains("\r\n" + id + ",", text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TimelineJsSlidesLinkToTheSourcePage()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/api/export?format=timelinejs&q=Kunashiri"))!;
        // Kunashir is named in the 2010 visit's sentence and in the paragraphs of others, which search also reads.
        var slides = document["events"]!.AsArray();
        Assert.NotEmpty(slides);
        Assert.All(slides, slide => Assert.Contains("/sources/", slide!["text"]!["text"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Contains(slides, slide => slide!["group"]!.GetValue<string>() == "Post-Soviet negotiations");
        Assert.NotEmpty(document["eras"]!.AsArray());
    }

    [Theory]
    [InlineData("format=xml", "format")]
    [InlineData("format=csv&era=nope", "era")]
    [InlineData("format=csv&from=3000&to=2000", "from")]
    public async Task BadExportParametersGetAProblem(string query, string parameter)
    {
        var response = await _client.GetAsync("/api/export?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject().ContainsKey(parameter));
    }
}
