using System.Net;
using JapanRussia.Web.Tests.Support;

namespace JapanRussia.Web.Tests.Hosting;

/// <summary>HEAD answers like GET on pages and the API: the same status and headers, and no body.</summary>
public sealed class HeadRequestTests(TimelineAppFactory factory) : IClassFixture<TimelineAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/?era=cold-war&q=kuril")]
    [InlineData("/about")]
    [InlineData("/sources")]
    [InlineData("/sources/1")]
    [InlineData("/api/events?pageSize=5")]
    [InlineData("/api/eras")]
    [InlineData("/api/sources/1")]
    [InlineData("/api/export?format=csv")]
    [InlineData("/health")]
    public async Task HeadAnswersWithTheHeadersOfGetAndNoBody(string url)
    {
        using var client = factory.CreateClient();
        using var get = await client.GetAsync(new Uri(url, UriKind.Relative));

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task HeadOfAMissingPageIsNotFound()
    {
        using var client = factory.CreateClient();

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/sources/999999"));

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
