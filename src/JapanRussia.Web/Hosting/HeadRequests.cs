using Microsoft.AspNetCore.Http.Features;

namespace JapanRussia.Web.Hosting;

/// <summary>
/// HEAD on every route that answers GET: the request runs as the GET, so its status and headers are the GET's, and the
/// body is dropped. The API and the pages are mapped for GET alone, so HEAD found no endpoint before.
/// </summary>
internal static class HeadRequests
{
    /// <summary>First, before routing (which picks an endpoint by method) and the response cache (which then serves HEAD from a cached GET).</summary>
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
            context.Request.Method = HttpMethods.Get;
            context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
            try
            {
                await next(context).ConfigureAwait(false);
            }
            finally
            {
                context.Features.Set(body);
                context.Request.Method = HttpMethods.Head;
            }
        });
}
