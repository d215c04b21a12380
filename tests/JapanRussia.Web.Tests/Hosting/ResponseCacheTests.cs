using System.Net;
using System.Text.RegularExpressions;
using JapanRussia.Core.Data;
using JapanRussia.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Web.Tests.Hosting;

/// <summary>
/// Pages and API answers are kept per URL and data version. A prerendered page carries a Blazor component descriptor
/// minted per render (its invocation id), so two identical bodies can only come from the cache.
/// </summary>
public sealed partial class ResponseCacheTests : IClassFixture<TimelineAppFactory>
{
    private readonly TimelineAppFactory _factory;

    public ResponseCacheTests(TimelineAppFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/")]
    [InlineData("/?era=cold-war&topic=territory")]
    [InlineData("/?q=kuril&page=1")]
    public async Task ATimelinePageIsRenderedOnceAndThenServedFromTheCacheWithoutACookie(string url)
    {
        using var client = _factory.CreateClient();

        var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        var second = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.Contains("Set-Cookie"), "a page sets no cookie (nothing here needs an antiforgery token)");
        Assert.Equal(Descriptor(await first.Content.ReadAsStringAsync()), Descriptor(await second.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task TheTimelineIsStillRenderedPerRequestWhenTheCacheIsOff()
    {
        using var uncached = _factory.WithWebHostBuilder(builder => builder.UseSetting("Timeline:CacheResponses", "false"));
        using var client = uncached.CreateClient();

        var first = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var second = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.NotEqual(Descriptor(first), Descriptor(second));
    }

    [Fact]
    public async Task AnEnhancedNavigationAnsweredFromTheCacheIsStillAllowedInBlazorsExactSpelling()
    {
        using var client = _factory.CreateClient();
        var url = new Uri("/?era=gorbachev&topic=territory", UriKind.Relative);

        using var document = await client.GetAsync(url);
        using var enhanced = new HttpRequestMessage(HttpMethod.Get, url);
        enhanced.Headers.TryAddWithoutValidation("Accept", "text/html; blazor-enhanced-nav=on");
        using var answer = await client.SendAsync(enhanced);

        Assert.Equal(Descriptor(await document.Content.ReadAsStringAsync()), Descriptor(await answer.Content.ReadAsStringAsync()));
        Assert.Equal("allow", Assert.Single(answer.Headers.GetValues("blazor-enhanced-nav")));
    }

    [Fact]
    public async Task DifferentQueriesAreDifferentEntries()
    {
        using var client = _factory.CreateClient();

        var all = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var coldWar = await client.GetStringAsync(new Uri("/?era=cold-war", UriKind.Relative));

        Assert.NotEqual(Count(all), Count(coldWar));
    }

    [Fact]
    public async Task AnIngestionInvalidatesCachedPagesAndAnswersAtOnce()
    {
        using var client = _factory.CreateClient();
        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var answer = await client.GetAsync(new Uri("/api/topics", UriKind.Relative));

        await using (var context = new TimelineDbContext(TimelineDatabase.Options(_factory.DatabasePath)))
        {
            await context.IngestionStates.ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1));
        }

        Assert.NotEqual(Descriptor(page), Descriptor(await client.GetStringAsync(new Uri("/", UriKind.Relative))));
        Assert.NotEqual(answer.Headers.ETag, (await client.GetAsync(new Uri("/api/topics", UriKind.Relative))).Headers.ETag);
    }

    [Fact]
    public async Task ACachedAnswerStillHonoursIfNoneMatch()
    {
        using var client = _factory.CreateClient();
        var first = await client.GetAsync(new Uri("/api/eras", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/eras");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task HealthLooksAtTheDatabaseEveryTime()
    {
        // Its own app: the check removes an event behind the ingestion's back, which the shared fixture must not see.
        using var app = new TimelineAppFactory();
        using var client = app.CreateClient();
        await client.GetStringAsync(new Uri("/health", UriKind.Relative));
        var before = await client.GetStringAsync(new Uri("/health", UriKind.Relative));

        await using (var context = new TimelineDbContext(TimelineDatabase.Options(app.DatabasePath)))
        {
            var first = await context.Events.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
            await context.Events.Where(e => e.Id == first).ExecuteDeleteAsync();
        }

        Assert.NotEqual(before, await client.GetStringAsync(new Uri("/health", UriKind.Relative)));
    }

    private static string Descriptor(string html) => DescriptorPattern().Match(html) is { Success: true } match
        ? match.Value
        : throw new InvalidOperationException("no Blazor component descriptor in the page");

    private static string Count(string html) => CountPattern().Match(html).Value;

    [GeneratedRegex("\"descriptor\":\"[^\"]+\"")]
    private static partial Regex DescriptorPattern();

    [GeneratedRegex("class=\"count\"[^<]*<[^<]*")]
    private static partial Regex CountPattern();
}
