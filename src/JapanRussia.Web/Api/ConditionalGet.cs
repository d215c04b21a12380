using System.Security.Cryptography;
using System.Text;
using JapanRussia.Core.Data;
using JapanRussia.Core.Queries;
using JapanRussia.Web.Hosting;
using Microsoft.Net.Http.Headers;

namespace JapanRussia.Web.Api;

/// <summary>
/// ETags for the read-only API: every answer is a function of the stored data, which changes only when ingestion bumps
/// <see cref="IngestionState.Version"/>, and of the request (path and query). A client that sends the tag back in
/// If-None-Match gets 304 without the query running.
/// </summary>
internal sealed class ConditionalGet(RequestDataVersion versions) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var version = await versions.GetAsync(http).ConfigureAwait(false);
        var tag = Tag(version, http.Request);
        if (Matches(http.Request.Headers.IfNoneMatch, tag))
        {
            http.Response.Headers.ETag = tag.ToString();
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var result = await next(context).ConfigureAwait(false);
        var outcome = result is INestedHttpResult nested ? nested.Result : result;
        if (outcome is not IStatusCodeHttpResult { StatusCode: not (null or StatusCodes.Status200OK) })
        {
            http.Response.Headers.ETag = tag.ToString();
            http.Response.Headers.CacheControl = "no-cache";
        }

        return result;
    }

    /// <summary>Weak, because compression gives one resource several byte-wise representations.</summary>
    internal static EntityTagHeaderValue Tag(DataVersion version, HttpRequest request)
    {
        var key = Encoding.UTF8.GetBytes(request.Path.Value + request.QueryString.Value);
        var hash = Convert.ToHexStringLower(SHA256.HashData(key))[..16];
        return new EntityTagHeaderValue($"\"v{version.Token}-{hash}\"", isWeak: true);
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, EntityTagHeaderValue tag) =>
        ifNoneMatch.Count > 0 &&
        EntityTagHeaderValue.TryParseList(ifNoneMatch, out var candidates) &&
        candidates.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(tag, useStrongComparison: false));
}
