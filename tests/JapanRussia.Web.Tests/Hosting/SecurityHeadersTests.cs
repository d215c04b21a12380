using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using JapanRussia.Web.Tests.Support;

namespace JapanRussia.Web.Tests.Hosting;

public sealed partial class SecurityHeadersTests : IClassFixture<TimelineAppFactory>
{
    private readonly TimelineAppFactory _factory;

    public SecurityHeadersTests(TimelineAppFactory factory) => _factory = factory;

    public static TheoryData<string, HttpStatusCode> Responses => new()
    {
        { "/", HttpStatusCode.OK },
        { "/about", HttpStatusCode.OK },
        { "/sources", HttpStatusCode.OK },
        { "/api/eras", HttpStatusCode.OK },
        { "/api/events?pageSize=0", HttpStatusCode.BadRequest },
        { "/api/events/no-such-event", HttpStatusCode.NotFound },
        { "/health", HttpStatusCode.OK },
        { "/openapi/v1.json", HttpStatusCode.OK },
        { "/favicon.png", HttpStatusCode.OK },
        { "/no-such-page", HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task EveryResponseCarriesTheSecurityHeaders(string path, HttpStatusCode status)
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        var policy = Directives(Header(response, "Content-Security-Policy"));
        Assert.Equal("'self'", policy["default-src"]);
        Assert.StartsWith("'self'", policy["script-src"], StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy["script-src"], StringComparison.Ordinal);
        Assert.Equal("'self'", policy["style-src"]);
        Assert.Equal("'self'", policy["connect-src"]);
        Assert.Equal("'self' data:", policy["img-src"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.Equal("'self'", policy["base-uri"]);
        Assert.Equal("'self'", policy["form-action"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/about")]
    [InlineData("/no-such-page")]
    public async Task EveryInlineScriptOnAPageIsAllowedByItsHashAndNothingElseInline(string path)
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        var inline = InlineScript().Matches(html).Select(m => m.Groups["body"].Value).ToList();
        Assert.NotEmpty(inline);
        var sources = Directives(Header(response, "Content-Security-Policy"))["script-src"].Split(' ');
        Assert.Equal(
            ["'self'", .. inline.Select(s => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(s)))}'").Distinct()],
            sources);
    }

    [Fact]
    public async Task InlineStylesAreAllowedAsAttributesOnly()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        var policy = Directives(Header(response, "Content-Security-Policy"));
        Assert.Equal("'unsafe-inline'", policy["style-src-attr"]);
        Assert.False(policy.ContainsKey("style-src-elem"));
        Assert.DoesNotContain("<style", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? Assert.Single(values)
            : throw new Xunit.Sdk.XunitException($"{name} is missing from {response.RequestMessage?.RequestUri}");

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : string.Empty, StringComparer.Ordinal);

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
