using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using JapanRussia.Web.Tests.Support;

namespace JapanRussia.Web.Tests.Hosting;

/// <summary>The API reference page over the real pipeline: served from this app, its scripts admitted by nonce, nothing from elsewhere.</summary>
public sealed partial class ApiReferenceTests(TimelineAppFactory factory) : IClassFixture<TimelineAppFactory>
{
    [Fact]
    public async Task ThePageAnswersAndReferencesNoOtherHost()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/api-reference/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotMatch(AbsoluteUrl(), html);
        var document = await new HtmlParser().ParseDocumentAsync(html);
        var scripts = document.Scripts.Where(s => s.Source is { Length: > 0 }).Select(s => s.Source!).ToList();
        Assert.Contains("scalar.js", scripts);
        Assert.Contains("\"openapi/v1.json\"", html, StringComparison.Ordinal);
        Assert.Contains("\"withDefaultFonts\":false", html, StringComparison.Ordinal);
        Assert.Contains("\"telemetry\":false", html, StringComparison.Ordinal);
        foreach (var script in scripts)
        {
            var asset = await client.GetAsync(new Uri("/api-reference/" + script, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        }
    }

    [Fact]
    public async Task OnlyThisPagesScriptsRunByItsNonceAndEvalStaysOff()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/api-reference/", UriKind.Relative));
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        var nonce = Regex.Match(await response.Content.ReadAsStringAsync(), "nonce=\"([^\"]+)\"").Groups[1].Value;
        var timeline = string.Join(' ', (await client.GetAsync(new Uri("/", UriKind.Relative))).Headers.GetValues("Content-Security-Policy"));

        Assert.NotEmpty(nonce);
        Assert.Contains($"script-src 'self' 'nonce-{nonce}';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("nonce-", timeline, StringComparison.Ordinal);
        Assert.DoesNotContain("style-src 'self' 'unsafe-inline'", timeline, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/about")]
    public async Task TheFooterAndAboutLinkToIt(string path)
    {
        using var client = factory.CreateClient();

        var document = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(new Uri(path, UriKind.Relative)));

        Assert.Contains(document.QuerySelectorAll(path == "/" ? "footer a" : "main a"), a => a.GetAttribute("href") == "/api-reference/");
    }

    [GeneratedRegex(@"(?i)(https?:)?//[a-z0-9.-]+\.[a-z]")]
    private static partial Regex AbsoluteUrl();
}
