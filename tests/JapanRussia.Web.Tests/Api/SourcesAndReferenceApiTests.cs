using System.Net;
using System.Text.Json.Nodes;

namespace JapanRussia.Web.Tests.Api;

/// <summary>Run on both stores: <see cref="SqliteSourcesAndReferenceApiTests"/> and <see cref="PostgresSourcesAndReferenceApiTests"/>.</summary>
public abstract class SourcesAndReferenceApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task SourcesListTheSeedDocuments()
    {
        var sources = (await GetJsonAsync("/api/sources"))["sources"]!.AsArray();
        Assert.Equal(5, sources.Count);
        Assert.Contains(sources, s => s!["document"]!.GetValue<string>() == "002_05d3fdc712978b7f.txt" && s["events"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task ASourceHasItsTextPassagesAndEvents()
    {
        var byName = await GetJsonAsync("/api/sources/002_05d3fdc712978b7f.txt");
        var byNumber = await GetJsonAsync("/api/sources/" + byName["id"]!.GetValue<int>());
        Assert.True(JsonNode.DeepEquals(byName, byNumber));

        var text = byName["text"]!.GetValue<string>();
        var passages = byName["passages"]!.AsArray();
        Assert.NotEmpty(passages);
        Assert.All(passages, p => Assert.Equal(p!["text"]!.GetValue<string>(), text[p["start"]!.GetValue<int>()..p["end"]!.GetValue<int>()]));

        var events = byName["events"]!.AsArray();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Contains(e!["sources"]!.AsArray(), s =>
            s!["document"]!.GetValue<string>() == "002_05d3fdc712978b7f.txt" &&
            text[s["start"]!.GetValue<int>()..s["end"]!.GetValue<int>()] == s["excerpt"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("/api/sources/9999")]
    [InlineData("/api/sources/no-such.txt")]
    [InlineData("/api/sources/99999999999999999999")]
    public async Task AnUnknownSourceIsAProblem404(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ErasComeInOrderWithCounts()
    {
        var eras = (await GetJsonAsync("/api/eras"))["eras"]!.AsArray();
        Assert.Equal("opening", eras[0]!["id"]!.GetValue<string>());
        Assert.Null(eras[^1]!["endYear"]?.GetValue<int?>());
        var total = (await GetJsonAsync("/api/events?pageSize=1"))["total"]!.GetValue<int>();
        Assert.Equal(total, eras.Sum(e => e!["events"]!.GetValue<int>()));
    }

    [Fact]
    public async Task TopicsAreListed()
    {
        var topics = (await GetJsonAsync("/api/topics"))["topics"]!.AsArray();
        Assert.Contains(topics, t => t!["id"]!.GetValue<string>() == "territory");
    }

    [Fact]
    public async Task HealthReportsTheDatabaseAndCounts()
    {
        var health = await GetJsonAsync("/health");
        Assert.Equal("healthy", health["status"]!.GetValue<string>());
        Assert.Equal("reachable", health["database"]!.GetValue<string>());
        Assert.Equal(5, health["documents"]!.GetValue<int>());
        Assert.Equal(health["events"]!.GetValue<int>(), health["indexedEvents"]!.GetValue<int>());
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheApi()
    {
        var document = await GetJsonAsync("/openapi/v1.json");
        var paths = document["paths"]!.AsObject();
        foreach (var path in new[] { "/api/events", "/api/events/{id}", "/api/sources", "/api/sources/{id}", "/api/eras", "/api/topics", "/api/export", "/health" })
        {
            Assert.True(paths.ContainsKey(path), path);
        }
    }

    private async Task<JsonNode> GetJsonAsync(string url)
    {
        var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }
}
