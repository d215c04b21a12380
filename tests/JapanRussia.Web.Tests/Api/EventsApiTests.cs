using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using JapanRussia.Core.Data;
using JapanRussia.Core.Export;
using JapanRussia.Core.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JapanRussia.Web.Tests.Api;

/// <summary>Run on both stores: <see cref="SqliteEventsApiTests"/> and <see cref="PostgresEventsApiTests"/>.</summary>
public abstract class EventsApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ListAnswersAPageWithTotal()
    {
        var page = await GetJsonAsync("/api/events?pageSize=10&page=2");
        Assert.True(page["total"]!.GetValue<int>() > 10);
        Assert.Equal(2, page["page"]!.GetValue<int>());
        Assert.Equal(10, page["pageSize"]!.GetValue<int>());
        Assert.Equal(10, page["events"]!.AsArray().Count);
    }

    [Fact]
    public async Task EventsHaveExactlyTheShapeOfTheJsonExport()
    {
        JsonNode exported;
        using (var stream = new MemoryStream())
        {
            var events = await factory.Services.GetRequiredService<TimelineReader>().ListAsync(EventFilter.Everything);
            await EventExporter.WriteAsync(events, ExportFormat.Json, stream);
            exported = JsonNode.Parse(stream.ToArray())!;
        }

        var api = await GetJsonAsync("/api/events?pageSize=200");
        var expected = exported["events"]!.AsArray();
        var actual = api["events"]!.AsArray();
        Assert.Equal(expected.Count, api["total"]!.GetValue<int>());
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(JsonNode.DeepEquals(expected[i], actual[i]), $"event {i}: {expected[i]!.ToJsonString()} != {actual[i]!.ToJsonString()}");
        }

        var one = await GetJsonAsync("/api/events/" + expected[0]!["id"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(expected[0], one));
    }

    [Fact]
    public async Task FiltersNarrowTheList()
    {
        var all = (await GetJsonAsync("/api/events?pageSize=200"))["total"]!.GetValue<int>();
        var coldWar = await GetJsonAsync("/api/events?era=cold-war&pageSize=200");
        Assert.InRange(coldWar["total"]!.GetValue<int>(), 1, all - 1);
        Assert.All(coldWar["events"]!.AsArray(), e => Assert.Equal("cold-war", e!["era"]!.GetValue<string>()));

        var twoEras = await GetJsonAsync("/api/events?era=cold-war&era=gorbachev&pageSize=200");
        Assert.True(twoEras["total"]!.GetValue<int>() > coldWar["total"]!.GetValue<int>());

        var years = await GetJsonAsync("/api/events?from=1990&to=1999&pageSize=200");
        Assert.All(years["events"]!.AsArray(), e => Assert.InRange(int.Parse(e!["start"]!.GetValue<string>()[..4], System.Globalization.CultureInfo.InvariantCulture), 1, 1999));

        var source = await GetJsonAsync("/api/events?source=002_05d3fdc712978b7f.txt&pageSize=200");
        Assert.All(source["events"]!.AsArray(), e => Assert.Contains(e!["sources"]!.AsArray(), s => s!["document"]!.GetValue<string>() == "002_05d3fdc712978b7f.txt"));
    }

    [Fact]
    public async Task NewestFirstReversesTheOrder()
    {
        var oldest = await GetJsonAsync("/api/events?pageSize=200");
        var newest = await GetJsonAsync("/api/events?pageSize=200&sort=-date");
        Assert.Equal(
            oldest["events"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()).Reverse(),
            newest["events"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task SearchAddsHighlightedSnippetsOnlyWhenAsked()
    {
        var found = await GetJsonAsync("/api/events?q=Kunashiri");
        Assert.NotEqual(0, found["total"]!.GetValue<int>());
        Assert.All(found["events"]!.AsArray(), e => Assert.Contains("<mark>", e!["snippet"]!.GetValue<string>(), StringComparison.Ordinal));

        var plain = await GetJsonAsync("/api/events?pageSize=5");
        Assert.All(plain["events"]!.AsArray(), e => Assert.False(e!.AsObject().ContainsKey("snippet")));
    }

    [Theory]
    [InlineData("era=nope", "era")]
    [InlineData("topic=nope", "topic")]
    [InlineData("from=1990&to=1980", "from")]
    [InlineData("from=abc", "from")]
    [InlineData("to=1.5", "to")]
    [InlineData("to=0", "to")]
    [InlineData("page=0", "page")]
    [InlineData("page=99999999999", "page")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=ten", "pageSize")]
    [InlineData("sort=title", "sort")]
    [InlineData("page=1&page=2", "page")]
    public async Task ABadParameterGetsAProblemNamingIt(string query, string parameter)
    {
        var response = await _client.GetAsync("/api/events?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.True(problem["errors"]!.AsObject().ContainsKey(parameter), problem.ToJsonString());
        Assert.Contains(parameter, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATooLongSearchIsRefused()
    {
        var response = await _client.GetAsync("/api/events?q=" + new string('a', 501));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"q\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/events?q=" + new string('a', 500))).StatusCode);
    }

    [Fact]
    public async Task AnUnknownEventIsAProblem404()
    {
        var response = await _client.GetAsync("/api/events/no-such-event");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheETagAnswers304UntilTheFilterChanges()
    {
        var first = await _client.GetAsync("/api/events?era=cold-war");
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        Assert.True(tag.IsWeak);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/events?era=cold-war");
        again.Headers.IfNoneMatch.Add(tag);
        var notModified = await _client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(tag, notModified.Headers.ETag);

        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/events?era=gorbachev");
        other.Headers.IfNoneMatch.Add(tag);
        var changed = await _client.SendAsync(other);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);
    }

    [Fact]
    public async Task TheETagFollowsTheIngestionVersion()
    {
        var before = (await _client.GetAsync("/api/eras")).Headers.ETag;
        await using (var context = factory.CreateDbContext())
        {
            await context.IngestionStates.ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1));
        }

        var after = (await _client.GetAsync("/api/eras")).Headers.ETag;
        Assert.NotEqual(before, after);
    }

    [Theory]
    [InlineData("topic", "territory", "sanctions")]
    [InlineData("era", "cold-war", "post-soviet")]
    public async Task SeveralValuesOfOneFilterFindTheEventsWithAnyOfThem(string key, string one, string other)
    {
        var (first, second) = (await IdsAsync($"{key}={one}"), await IdsAsync($"{key}={other}"));
        Assert.True(first.Except(second).Any() && second.Except(first).Any(), "each value should find events the other does not");

        var either = await IdsAsync($"{key}={one}&{key}={other}");

        Assert.Equal(first.Union(second).Order(StringComparer.Ordinal), either.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task DifferentFiltersMustAllHold()
    {
        var (era, topics) = (await IdsAsync("era=post-soviet"), await IdsAsync("topic=territory&topic=sanctions"));

        var both = await IdsAsync("era=post-soviet&topic=territory&topic=sanctions");

        Assert.NotEmpty(both);
        Assert.Equal(era.Intersect(topics).Order(StringComparer.Ordinal), both.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task AnswersAreCompressed(string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events?pageSize=50");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(encoding, response.Content.Headers.ContentEncoding);
    }

    /// <summary>Every event id the list answers for a query string, read a full page at a time.</summary>
    private async Task<List<string>> IdsAsync(string query)
    {
        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            var answer = await GetJsonAsync($"/api/events?{query}&pageSize=200&page={page}");
            ids.AddRange(answer["events"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()));
            if (ids.Count >= answer["total"]!.GetValue<int>())
            {
                return ids;
            }
        }
    }

    private async Task<JsonNode> GetJsonAsync(string url)
    {
        var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(body)!;
    }
}
