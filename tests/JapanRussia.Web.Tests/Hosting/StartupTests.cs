using System.Net;
using JapanRussia.Web.Tests.Support;

namespace JapanRussia.Web.Tests.Hosting;

public sealed class StartupTests : IClassFixture<TimelineAppFactory>
{
    private readonly TimelineAppFactory _factory;

    public StartupTests(TimelineAppFactory factory) => _factory = factory;

    [Fact]
    public async Task FirstStartCreatesTheDatabaseAndTheTimelineListsSeedEvents()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(File.Exists(_factory.DatabasePath));
        Assert.Contains("Treaty of Shimoda", html, StringComparison.Ordinal);
        Assert.Contains("/sources/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTimelineIsInDateOrder()
    {
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        var shimoda = html.IndexOf("Treaty of Shimoda", StringComparison.Ordinal);
        var crimea = html.IndexOf("Crimea", StringComparison.Ordinal);
        Assert.True(shimoda >= 0 && crimea > shimoda, "1855 should come before 2014");
    }
}
