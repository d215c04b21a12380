using System.Net;
using System.Text.Json.Nodes;
using JapanRussia.Core.Reference;
using JapanRussia.Web.Tests.Support;

namespace JapanRussia.Web.Tests.Components;

/// <summary>The event page over the real pipeline: the event, its era and topics by name, and its neighbours in timeline order.</summary>
public sealed class EventPageTests : IDisposable
{
    private readonly TimelineAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task AnEventPageNamesItsEraAndTopicsAndLinksItsNeighboursInTimelineOrder()
    {
        using var client = _app.CreateClient();
        var timeline = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/events?pageSize=200&sort=date", UriKind.Relative)))!["events"]!.AsArray();
        var index = Enumerable.Range(1, timeline.Count - 2).First(i => timeline[i]!["topics"]!.AsArray().Count > 0);
        var item = timeline[index]!;

        var response = await client.GetAsync(new Uri("/events/" + item["id"]!.GetValue<string>(), UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(item["title"]!.GetValue<string>(), html, StringComparison.Ordinal);
        Assert.Contains(ReferenceData.Eras.Single(e => e.Id == item["era"]!.GetValue<string>()).Name, html, StringComparison.Ordinal);
        foreach (var topic in item["topics"]!.AsArray())
        {
            Assert.Contains(ReferenceData.Topics.Single(t => t.Id == topic!.GetValue<string>()).Name, html, StringComparison.Ordinal);
        }

        Assert.Contains($"href=\"/events/{timeline[index - 1]!["id"]!.GetValue<string>()}\" rel=\"prev\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/events/{timeline[index + 1]!["id"]!.GetValue<string>()}\" rel=\"next\"", html, StringComparison.Ordinal);
        foreach (var source in item["sources"]!.AsArray())
        {
            Assert.Contains(source!["documentTitle"]!.GetValue<string>(), html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheFirstEventHasNoPreviousAndAnUnknownOneIsNotFound()
    {
        using var client = _app.CreateClient();
        var first = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/events?pageSize=1&sort=date", UriKind.Relative)))!["events"]![0]!["id"]!.GetValue<string>();

        var html = await client.GetStringAsync(new Uri("/events/" + first, UriKind.Relative));
        var missing = await client.GetAsync(new Uri("/events/no-such-event", UriKind.Relative));

        Assert.DoesNotContain("rel=\"prev\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
