using System.Net;
using System.Text.RegularExpressions;
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
        Assert.Contains("data-excerpts=\"/events/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTimelineIsInDateOrder()
    {
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        // Within a year, finer dates may come first (January 1990 starts with 1990), so compare years.
        var years = Regex.Matches(html, "<time[^>]*datetime=\"([0-9]{4})[0-9-]*\"").Select(m => m.Groups[1].Value).ToList();
        Assert.True(years.Count > 10, $"only {years.Count} dated events on the page");
        Assert.Equal(years.Order(StringComparer.Ordinal), years);
    }
}
