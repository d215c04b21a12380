using System.Net;
using System.Text.Json.Nodes;
using JapanRussia.Web.Tests.Support;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JapanRussia.Web.Tests.Hosting;

public sealed class RequestBoundsTests : IClassFixture<TimelineAppFactory>
{
    private readonly TimelineAppFactory _factory;

    public RequestBoundsTests(TimelineAppFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/api/events")]
    [InlineData("/")]
    [InlineData("/favicon.png")]
    public async Task AnOverlongQueryStringIsRefusedWith414Problem(string path)
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(new Uri($"{path}?q={new string('a', 4100)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(414, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task TheLongestSearchTheApiAcceptsStillFitsPercentEncoded()
    {
        using var client = _factory.CreateClient();
        var search = Uri.EscapeDataString(new string('Ж', 500));

        var response = await client.GetAsync(new Uri($"/api/events?q={search}&era=cold-war&topic=territory&from=1950&to=1990&sort=-date&pageSize=100", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void KestrelBoundsRequestLinesHeadersAndBodies()
    {
        var limits = _factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;

        Assert.Equal(8 * 1024, limits.MaxRequestLineSize);
        Assert.Equal(32 * 1024, limits.MaxRequestHeadersTotalSize);
        Assert.Equal(64, limits.MaxRequestHeaderCount);
        Assert.Equal(2 * 1024 * 1024, limits.MaxRequestBodySize);
    }
}
