using System.Net.Http.Json;
using System.Text.Json.Nodes;
using JapanRussia.Web.Tests.Support;

namespace JapanRussia.Web.Tests.Api;

/// <summary>Date provenance through the real HTTP pipeline over a real SQLite file: the API shape, its description and the event page.</summary>
public sealed class DateProvenanceApiTests : IDisposable
{
    private readonly string _seeds = Path.Combine(Path.GetTempPath(), "jr-provenance-" + Guid.NewGuid().ToString("N"));
    private readonly TimelineAppFactory _factory;
    private readonly HttpClient _client;

    public DateProvenanceApiTests()
    {
        Directory.CreateDirectory(_seeds);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "provenance", "report.md"), Path.Combine(_seeds, "report.md"));
        _factory = new TimelineAppFactory { SeedsPath = _seeds };
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        Directory.Delete(_seeds, recursive: true);
    }

    [Fact]
    public async Task AnEventWorkedOutFromAWeekdaySaysSoInTheListAndByItself()
    {
        var sunday = await EventAsync("on Sunday");

        Assert.Equal("2022-03-20", sunday["start"]!.GetValue<string>());
        Assert.Equal("worked-out", sunday["dateProvenance"]!.GetValue<string>());
        Assert.Equal("worked out from “on Sunday” and the report's date, 21 March 2022", sunday["dateNote"]!.GetValue<string>());
        var source = sunday["sources"]!.AsArray().Single()!;
        Assert.Equal("worked-out", source["dateProvenance"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{ "phrase": "on Sunday", "anchor": "publication-date", "anchorDate": "21 March 2022" }"""), source["derivedFrom"]));
        Assert.Equal("20 March 2022", source["date"]!["label"]!.GetValue<string>());

        var one = await _client.GetFromJsonAsync<JsonNode>("/api/events/" + sunday["id"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(sunday, one));
    }

    [Fact]
    public async Task ADualDateIsOneEventOnItsGregorianDayWithTheJulianDayKept()
    {
        var events = await EventsAsync();

        var tsushima = Assert.Single(events, e => e!["sources"]!.AsArray().Any(s => s!["excerpt"]!.GetValue<string>().Contains("Tsushima", StringComparison.Ordinal)))!;
        Assert.Equal("1905-05-27", tsushima["start"]!.GetValue<string>());
        Assert.Equal("dual-dated", tsushima["dateProvenance"]!.GetValue<string>());
        var derived = tsushima["sources"]![0]!["derivedFrom"]!;
        Assert.Equal("27 May [O.S. 14 May] 1905", derived["phrase"]!.GetValue<string>());
        Assert.Equal("14 May 1905", derived["anchorDate"]!.GetValue<string>());
        Assert.DoesNotContain(events, e => e!["start"]!.GetValue<string>() == "1905-05-14");
    }

    [Fact]
    public async Task AStatedEventHasNoDerivation()
    {
        var declaration = await EventAsync("joint declaration");

        Assert.Equal("stated", declaration["dateProvenance"]!.GetValue<string>());
        Assert.Null(declaration["dateNote"]);
        Assert.Null(declaration["sources"]![0]!["derivedFrom"]);
    }

    [Fact]
    public async Task TheEventPageShowsHowTheDateWasObtainedAndEachSourcesDate()
    {
        var sunday = await EventAsync("on Sunday");

        var html = System.Net.WebUtility.HtmlDecode(await _client.GetStringAsync("/events/" + sunday["id"]!.GetValue<string>()));

        Assert.Contains("Day worked out from “on Sunday” and the report's date, 21 March 2022", html, StringComparison.Ordinal);
        Assert.Contains("The date in each source", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exact day given by the source", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheProvenanceFields()
    {
        var document = await _client.GetFromJsonAsync<JsonNode>("/openapi/v1.json");

        var schemas = document!["components"]!["schemas"]!;
        var kinds = schemas["EventDocument"]!["properties"]!["dateProvenance"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>());
        Assert.Equal(["stated", "dual-dated", "converted-from-old-style", "completed", "worked-out"], kinds);
        Assert.NotNull(schemas["SourceDocumentReference"]!["properties"]!["derivedFrom"]);
        Assert.Contains("publication-date", schemas["DateDerivation"]!["properties"]!["anchor"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    private async Task<List<JsonNode?>> EventsAsync()
    {
        var page = await _client.GetFromJsonAsync<JsonNode>("/api/events?pageSize=200");
        return page!["events"]!.AsArray().ToList();
    }

    private async Task<JsonNode> EventAsync(string excerptWords) =>
        (await EventsAsync()).Single(e => e!["sources"]!.AsArray().Any(s => s!["excerpt"]!.GetValue<string>().Contains(excerptWords, StringComparison.Ordinal)))!;
}
