using System.Net;
using System.Text.Json.Nodes;
using JapanRussia.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace JapanRussia.Web.Tests.Hosting;

public sealed class RateLimitTests : IDisposable
{
    private const string ClientHeader = "X-Test-Client-Address";

    private readonly TimelineAppFactory _app = new();
    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _limited;

    public RateLimitTests() =>
        _limited = _app.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Timeline:IngestOnStartup", "false");
            builder.UseSetting("RateLimiting:Api:PermitLimit", "3");
            builder.UseSetting("RateLimiting:Api:WindowSeconds", "60");
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
        });

    public void Dispose()
    {
        _limited.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task AClientOverTheApiLimitGetsA429ProblemWithRetryAfter()
    {
        using var client = Client("192.0.2.1");

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await client.GetAsync(new Uri("/api/eras", UriKind.Relative)));
        }

        Assert.All(answers.Take(3), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var refused = answers[3];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal(429, problem["status"]!.GetValue<int>());
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task PagesAndStaticAssetsAreNotLimitedEvenForAClientTheApiRefuses()
    {
        using var client = Client("192.0.2.2");
        for (var i = 0; i < 4; i++)
        {
            await client.GetAsync(new Uri("/api/topics", UriKind.Relative));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync(new Uri("/api/topics", UriKind.Relative))).StatusCode);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/about", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/favicon.png", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
        }
    }

    [Fact]
    public async Task TheLimitIsCountedPerClientAddress()
    {
        using var greedy = Client("192.0.2.3");
        using var other = Client("192.0.2.4");
        for (var i = 0; i < 4; i++)
        {
            await greedy.GetAsync(new Uri("/api/eras", UriKind.Relative));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await greedy.GetAsync(new Uri("/api/eras", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync(new Uri("/api/eras", UriKind.Relative))).StatusCode);
    }

    private HttpClient Client(string address)
    {
        var client = _limited.CreateClient();
        client.DefaultRequestHeaders.Add(ClientHeader, address);
        return client;
    }

    /// <summary>The test server has no remote address; this gives each test client its own, as Kestrel would.</summary>
    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
