using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace JapanRussia.Web.Tests.Api;

/// <summary>On the seeds: the Sunday of seed 003 is worked out from the report's date, and no page calls it given by the source.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class SeedDateProvenanceTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task TheSundayOfTheSanctionsIsWorkedOutFromTheReportsDateOnTheApiTheCardAndTheEventPage()
    {
        var page = await _client.GetFromJsonAsync<JsonNode>("/api/events?q=Kishida&pageSize=50");
        var sunday = page!["events"]!.AsArray().Single(e => e!["sources"]!.AsArray().Any(s => s!["excerpt"]!.GetValue<string>().Contains("on Sunday", StringComparison.Ordinal)))!;
        var source = sunday["sources"]!.AsArray().Single(s => s!["excerpt"]!.GetValue<string>().Contains("on Sunday", StringComparison.Ordinal))!;
        Assert.Equal("worked-out", source["dateProvenance"]!.GetValue<string>());
        Assert.Equal("on Sunday", source["derivedFrom"]!["phrase"]!.GetValue<string>());
        Assert.Equal("publication-date", source["derivedFrom"]!["anchor"]!.GetValue<string>());
        var id = sunday["id"]!.GetValue<string>();

        var timeline = WebUtility.HtmlDecode(await _client.GetStringAsync("/?q=Kishida"));
        var card = timeline[timeline.IndexOf($"id=\"event-{id}\"", StringComparison.Ordinal)..];
        card = card[..card.IndexOf("</article>", StringComparison.Ordinal)];
        var eventPage = WebUtility.HtmlDecode(await _client.GetStringAsync("/events/" + id));

        Assert.Equal("2022-03-20", sunday["start"]!.GetValue<string>());
        Assert.Equal("worked-out", sunday["dateProvenance"]!.GetValue<string>());
        Assert.Contains("worked out from “on Sunday” and the report's date", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Exact day given by the source", card, StringComparison.Ordinal);
        Assert.Contains("Day worked out from “on Sunday” and the report's date", eventPage, StringComparison.Ordinal);
        Assert.Contains("Worked out from “on Sunday” and the report's date", eventPage, StringComparison.Ordinal);
    }
}
