using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using JapanRussia.Web.Tests.Support;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace JapanRussia.Web.Tests.Hosting;

/// <summary>Nothing over HTTP writes to the store: ingestion is a command-line verb and a startup step, never a route.</summary>
public sealed class EndpointSurfaceTests : IClassFixture<TimelineAppFactory>
{
    private readonly TimelineAppFactory _factory;

    public EndpointSurfaceTests(TimelineAppFactory factory) => _factory = factory;

    [Fact]
    public void EveryEndpointAnswersOnlyGetOrHeadExceptBlazorsHubAndPageForms()
    {
        using var client = _factory.CreateClient();
        var endpoints = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var others = endpoints
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is not { Count: > 0 } methods || methods.Any(m => m is not ("GET" or "HEAD")))
            .Where(e => !IsBlazorHub(e) && !IsPageAcceptingFormPosts(e))
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        Assert.True(endpoints.Count > 10, $"only {endpoints.Count} endpoints");
        Assert.Empty(others);
        Assert.DoesNotContain(endpoints, e => e.RoutePattern.RawText?.Contains("ingest", StringComparison.OrdinalIgnoreCase) == true);
    }

    public static TheoryData<string, string> Writes => new()
    {
        { "POST", "/api/ingest" },
        { "POST", "/ingest" },
        { "POST", "/api/events" },
        { "PUT", "/api/events" },
        { "DELETE", "/api/events" },
        { "PUT", "/api/sources/1" },
        { "DELETE", "/api/sources/1" },
        { "POST", "/api/export" },
        { "POST", "/" },
        { "POST", "/sources/1" },
        { "PATCH", "/api/eras" },
    };

    /// <summary>
    /// A page's POST is Blazor's form handling, which first demands an antiforgery token; the pages declare no form
    /// handler, so even a valid token would change nothing.
    /// </summary>
    [Theory]
    [MemberData(nameof(Writes))]
    public async Task AWriteRequestIsRefusedAndChangesNothing(string method, string path)
    {
        using var client = _factory.CreateClient();
        var before = await client.GetFromJsonAsync<JsonObject>(new Uri("/health", UriKind.Relative));

        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative))
        {
            Content = new StringContent("seeds=/etc&db=/tmp/x.db", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        var response = await client.SendAsync(request);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed });
        var after = await client.GetFromJsonAsync<JsonObject>(new Uri("/health", UriKind.Relative));
        Assert.Equal(before!.ToJsonString(), after!.ToJsonString());
    }

    private static bool IsBlazorHub(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.RawText?.TrimStart('/').StartsWith("_blazor", StringComparison.Ordinal) == true;

    private static bool IsPageAcceptingFormPosts(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null &&
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.All(m => m is "GET" or "HEAD" or "POST");
}
