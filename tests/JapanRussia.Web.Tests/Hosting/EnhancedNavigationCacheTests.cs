using JapanRussia.Web.Tests.Support;

namespace JapanRussia.Web.Tests.Hosting;

/// <summary>
/// blazor.web.js patches the page in place only when the answer says <c>blazor-enhanced-nav: allow</c>, compared exactly;
/// anything else makes it load the whole page again.
/// </summary>
public sealed class EnhancedNavigationCacheTests(TimelineAppFactory factory) : IClassFixture<TimelineAppFactory>
{
    [Theory]
    [InlineData("/?view=axis&from=1950&to=1960")]
    [InlineData("/?era=cold-war")]
    public async Task APageServedFromTheCacheStillAllowsEnhancedNavigation(string url)
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("blazor-enhanced-nav", "on");

        using var rendered = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var cached = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(["allow"], rendered.Headers.GetValues("blazor-enhanced-nav"));
        Assert.True(cached.Headers.Age is not null, "the second answer comes from the cache");
        Assert.Equal(["allow"], cached.Headers.GetValues("blazor-enhanced-nav"));
    }
}
