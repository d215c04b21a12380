using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace JapanRussia.Web.Tests.Api;

/// <summary>
/// "Only events whose sources disagree", over HTTP on both stores (<see cref="SqliteDisagreementFilterTests"/>,
/// <see cref="PostgresDisagreementFilterTests"/>): the API, the exports, the timeline page and the event page. The filter
/// alone, with free text (the hits' path) and with a topic (the timeline walk's path) each find the one such event.
/// </summary>
public abstract partial class DisagreementFilterTests(DisagreementApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("", 2)]
    [InlineData("&q=signed", 2)]
    [InlineData("&q=Shimoda&era=opening", 1)]
    [InlineData("&topic=territory", 2)]
    [InlineData("&topic=territory&sort=-date", 2)]
    [InlineData("&q=signed&sort=date&topic=treaties-and-agreements", 2)]
    public async Task TheApiListsOnlyTheEventWhoseSourcesDisagree(string more, int withoutTheFilter)
    {
        Assert.Equal(withoutTheFilter, (await GetJsonAsync("/api/events?pageSize=200" + more))["total"]!.GetValue<int>());

        var page = await GetJsonAsync("/api/events?disagree=true" + more);

        Assert.Equal(1, page["total"]!.GetValue<int>());
        var treaty = Assert.Single(page["events"]!.AsArray())!;
        Assert.Contains("Treaty of Shimoda", treaty["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("Sources differ", treaty["disagreement"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(
            [DisagreementApiFactory.TassDay, DisagreementApiFactory.KyodoDay],
            treaty["sources"]!.AsArray().Select(s => s!["date"]!["label"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FalseOrNothingRestrictsNothing()
    {
        Assert.Equal(2, (await GetJsonAsync("/api/events?disagree=false"))["total"]!.GetValue<int>());
        Assert.Equal(2, (await GetJsonAsync("/api/events?disagree="))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task TheFilterAndAnEventThatDoesNotDisagreeFindNothing()
    {
        Assert.Equal(0, (await GetJsonAsync("/api/events?disagree=true&q=declaration"))["total"]!.GetValue<int>());
        Assert.Equal(0, (await GetJsonAsync("/api/events?disagree=true&era=cold-war"))["total"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    public async Task AValueOtherThanTrueOrFalseIsRefusedByName(string value)
    {
        var response = await _client.GetAsync($"/api/events?disagree={value}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("neither true nor false", problem["errors"]!["disagree"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheExportsCarryTheFilter()
    {
        var json = JsonNode.Parse(await _client.GetStringAsync("/api/export?format=json&disagree=true"))!["events"]!.AsArray();
        Assert.Contains("Treaty of Shimoda", Assert.Single(json)!["title"]!.GetValue<string>(), StringComparison.Ordinal);

        var csv = Encoding.UTF8.GetString(await _client.GetByteArrayAsync("/api/export?format=csv&disagree=true"));
        Assert.Equal(2, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        var timelineJs = JsonNode.Parse(await _client.GetStringAsync("/api/export?format=timelinejs&disagree=true"))!;
        Assert.Single(timelineJs["events"]!.AsArray());
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheFilterAsABoolean()
    {
        var document = await GetJsonAsync("/openapi/v1.json");
        var parameter = document["paths"]!["/api/events"]!["get"]!["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "disagree")!;
        Assert.Equal("boolean", parameter["schema"]!["type"]!.GetValue<string>());
        Assert.Contains("disagree", parameter["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePageTicksTheBoxNamesTheFilterCountsAndShowsEachSourcesDate()
    {
        var html = await _client.GetStringAsync("/?disagree=true");

        Assert.Matches(CheckedBox(), html);
        var text = Text(html);
        Assert.Contains("1 event whose sources disagree", text, StringComparison.Ordinal);
        Assert.Contains("Remove filter Dates: sources disagree", html, StringComparison.Ordinal);
        Assert.Contains("Sources disagree", text, StringComparison.Ordinal);
        Assert.Contains($"{DisagreementApiFactory.KyodoDay} according to Kyodo, 7 February 2005", text, StringComparison.Ordinal);
        Assert.Contains($"{DisagreementApiFactory.TassDay} according to TASS, 26 January 2005", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sign the Joint Declaration", text, StringComparison.Ordinal);
        Assert.Contains("/api/export?format=csv&amp;disagree=true", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyYesTheFormMaySendTicksTheBoxButNoOtherValue()
    {
        Assert.Matches(CheckedBox(), await _client.GetStringAsync("/?disagree=on"));
        Assert.DoesNotMatch(CheckedBox(), await _client.GetStringAsync("/?disagree=maybe"));
        Assert.Contains("2 events", Text(await _client.GetStringAsync("/?disagree=maybe")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyResultSaysTheFilterIsOnAndOffersToRemoveIt()
    {
        var text = Text(await _client.GetStringAsync("/?disagree=true&q=declaration"));

        Assert.Contains("No events match these filters", text, StringComparison.Ordinal);
        Assert.Contains("Only events whose sources give different dates are shown", text, StringComparison.Ordinal);
        Assert.Contains("Remove dates “sources disagree”", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEventPageShowsTheMarkerAndEachSourcesOwnDate()
    {
        var id = (await GetJsonAsync("/api/events?disagree=true"))["events"]![0]!["id"]!.GetValue<string>();

        var text = Text(await _client.GetStringAsync("/events/" + id));

        Assert.Contains("Sources disagree", text, StringComparison.Ordinal);
        Assert.Contains($"Kyodo, 7 February 2005 (shimoda-kyodo.md), paragraph 0 {DisagreementApiFactory.KyodoDay}", text, StringComparison.Ordinal);
        Assert.Contains($"TASS, 26 January 2005 (shimoda-tass.md), paragraph 0 {DisagreementApiFactory.TassDay}", text, StringComparison.Ordinal);
    }

    private async Task<JsonNode> GetJsonAsync(string url) => JsonNode.Parse(await _client.GetStringAsync(url))!;

    /// <summary>The page's text, tags dropped and white space folded, as a reader sees it.</summary>
    private static string Text(string html) => Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ")
        .Replace(" ,", ",", StringComparison.Ordinal).Replace("( ", "(", StringComparison.Ordinal).Replace(" )", ")", StringComparison.Ordinal);

    [GeneratedRegex("<[^>]*>", RegexOptions.NonBacktracking)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.NonBacktracking)]
    private static partial Regex Spaces();

    [GeneratedRegex("<input id=\"filter-disagree\" type=\"checkbox\" name=\"disagree\" value=\"true\" checked", RegexOptions.NonBacktracking)]
    private static partial Regex CheckedBox();
}
