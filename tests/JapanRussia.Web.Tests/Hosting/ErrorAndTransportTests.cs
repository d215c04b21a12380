using System.Net;
using System.Text.Json.Nodes;
using JapanRussia.Web.Hosting;
using JapanRussia.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace JapanRussia.Web.Tests.Hosting;

public sealed class ErrorAndTransportTests : IDisposable
{
    private readonly TimelineAppFactory _app = new() { ConnectionPooling = false };

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ADatabaseRemovedUnderTheRunningAppGivesErrorsWithoutStackTraces()
    {
        using var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/events", UriKind.Relative))).StatusCode);

        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_app.DatabasePath)!, "timeline.db*"))
        {
            File.Delete(file);
        }

        var api = await client.GetAsync(new Uri("/api/events", UriKind.Relative));
        var apiBody = await api.Content.ReadAsStringAsync();
        var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        var pageBody = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(500, JsonNode.Parse(apiBody)!["status"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Contains("Something went wrong", pageBody, StringComparison.Ordinal);
        foreach (var body in new[] { apiBody, pageBody })
        {
            Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
            Assert.DoesNotContain("SQLite", body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task APlainHttpRunInProductionNeitherRedirectsNorSendsHsts()
    {
        using var production = _app.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        using var client = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://timeline.example.org") });

        var response = await client.GetAsync(new Uri("/about", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task WhereHttpsIsServedProductionRedirectsToItAndSendsHsts()
    {
        using var production = _app.WithWebHostBuilder(builder => builder.UseEnvironment("Production").UseSetting("https_port", "443"));
        using var http = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://timeline.example.org") });
        using var https = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://timeline.example.org") });

        var redirect = await http.GetAsync(new Uri("/about", UriKind.Relative));
        var secure = await https.GetAsync(new Uri("/about", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
        Assert.Equal(new Uri("https://timeline.example.org/about"), redirect.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.StartsWith("max-age=", Assert.Single(secure.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevelopmentNeverRedirectsEvenWithAnHttpsPort()
    {
        using var development = _app.WithWebHostBuilder(builder => builder.UseEnvironment("Development").UseSetting("https_port", "443"));
        using var client = development.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://timeline.example.org") });

        var response = await client.GetAsync(new Uri("/about", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string, string?, bool> Settings => new()
    {
        { "urls", "http://localhost:5080", false },
        { "urls", "http://127.0.0.1:5000;https://127.0.0.1:5001", true },
        { "https_port", "443", true },
        { "HTTPS_PORTS", "8443", true },
        { "Kestrel:Endpoints:Secure:Url", "https://*:8443", true },
        { "Kestrel:Endpoints:Plain:Url", "http://*:8080", false },
        { "unrelated", null, false },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public void HttpsCountsAsServedOnlyWhenAnHttpsUrlOrPortIsConfigured(string key, string? value, bool served)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build();

        Assert.Equal(served, ErrorHandling.ServesHttps(configuration));
    }
}
