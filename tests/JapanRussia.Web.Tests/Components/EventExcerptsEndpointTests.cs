using System.Net;
using System.Text.RegularExpressions;
using JapanRussia.Web.Tests.Support;

namespace JapanRussia.Web.Tests.Components;

/// <summary>An opened card's paragraphs, as the timeline script fetches them: over the real pipeline, from the seeds.</summary>
public sealed partial class EventExcerptsEndpointTests(TimelineAppFactory factory) : IClassFixture<TimelineAppFactory>
{
    [Fact]
    public async Task AnEventsExcerptsAreItsSentencesHighlightedInTheirParagraphsWithLinksToTheReader()
    {
        using var client = factory.CreateClient();
        var url = await ExcerptsUrlAsync(client, "/?q=%22joint%20declaration%22&from=1956&to=1956");

        var response = await client.GetAsync(new Uri(url + "?q=declaration", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        var figures = Figure().Matches(html);
        Assert.True(figures.Count >= 2, $"the 1956 declaration has several sources; {figures.Count} excerpts came back");
        Assert.All(figures, f => Assert.Matches(@"(?is)<mark class=""sentence""[^>]*>.*1956.*</mark>", f.Value));
        Assert.All(figures, f => Assert.Matches(@"(?i)<mark class=""match""[^>]*>declaration</mark>", f.Value));
        Assert.All(figures, f => Assert.Matches(@"href=""/sources/\d+\?highlight=\d+-\d+#p-\d+""", f.Value));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task SourceTextIsWrittenAsItIsNotAsCharacterReferences()
    {
        using var client = factory.CreateClient();
        var url = await ExcerptsUrlAsync(client, "/?q=%22joint%20declaration%22&from=1956&to=1956");

        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));

        Assert.Contains("Japan–Soviet Union relations", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x2013;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/events/no-such-event/excerpts")]
    [InlineData("/events/%3Cscript%3E/excerpts")]
    public async Task AnUnknownEventHasNoExcerpts(string url)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Where the timeline at <paramref name="timelineUrl"/> tells the script to fetch its first closed card's excerpts.</summary>
    private static async Task<string> ExcerptsUrlAsync(HttpClient client, string timelineUrl)
    {
        var page = await client.GetStringAsync(new Uri(timelineUrl, UriKind.Relative));
        var match = ExcerptsAttribute().Match(page);
        Assert.True(match.Success, "a closed card with its excerpts address");
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"<figure class=""excerpt"".*?</figure>", RegexOptions.Singleline)]
    private static partial Regex Figure();

    [GeneratedRegex(@"data-excerpts=""(/events/[^""?]+/excerpts)[^""]*""")]
    private static partial Regex ExcerptsAttribute();
}
