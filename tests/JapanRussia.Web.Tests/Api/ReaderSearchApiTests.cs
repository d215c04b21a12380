using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace JapanRussia.Web.Tests.Api;

/// <summary>The reader's searches over HTTP, against the seeds: the API ranks them and the timeline page lists them.</summary>
[Collection(ApiTestGroup.Name)]
public sealed partial class ReaderSearchApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("Noda", "2012-06-18")]
    [InlineData("Iturup", "2016-12-15")]
    [InlineData("Etorofu", "2016-12-15")]
    [InlineData("halt", "2022-03-21")]
    public async Task TheApiFindsTheEventAReaderMeans(string q, string start)
    {
        var page = JsonNode.Parse(await _client.GetStringAsync($"/api/events?q={q}&sort=relevance"))!;
        var starts = page["events"]!.AsArray().Take(3).Select(e => e!["start"]!.GetValue<string>()).ToList();
        Assert.Contains(start, starts);
    }

    [Fact]
    public async Task AnEventFoundByItsParagraphCarriesTheParagraphsWordsAsItsSnippet()
    {
        var page = JsonNode.Parse(await _client.GetStringAsync("/api/events?q=Etorofu"))!;
        Assert.NotEmpty(page["events"]!.AsArray());
        Assert.All(page["events"]!.AsArray(), e => Assert.Contains("<mark>Iturup</mark>", e!["snippet"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Noda", "Mr. Yoshihiko Noda holds a Japan-Russia Summit Meeting")]
    [InlineData("Iturup", "Russian President Vladimir Putin’s visit to Japan")]
    [InlineData("halt", "Russia announces that it was abandoning the discussions")]
    public async Task TheTimelinePageListsIt(string q, string title)
    {
        var response = await _client.GetAsync($"/?q={q}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = WebUtility.HtmlDecode(Tags().Replace(await response.Content.ReadAsStringAsync(), string.Empty));
        Assert.Contains(title, text, StringComparison.Ordinal);
    }

    [GeneratedRegex("<[^>]*>", RegexOptions.NonBacktracking)]
    private static partial Regex Tags();
}
