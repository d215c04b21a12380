using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace JapanRussia.Web.Hosting;

/// <summary>
/// How big a request may be. The app only reads: its largest legitimate input is an API query (a 500-character search,
/// which percent-encoded Cyrillic makes 3,000 characters, plus filters) or a circuit message on the long-polling
/// fallback (at most the hub's 1 MB message limit).
/// </summary>
internal static class RequestBounds
{
    /// <summary>Characters of query string, '?' included; longer is refused with 414 before routing.</summary>
    public const int MaxQueryStringLength = 4096;

    public static IServiceCollection AddRequestBounds(this IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(options =>
        {
            // Kestrel answers 414 or 431 itself past these, before any middleware runs.
            options.AddServerHeader = false;
            options.Limits.MaxRequestLineSize = 8 * 1024;
            options.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            options.Limits.MaxRequestHeaderCount = 64;
            options.Limits.MaxRequestBodySize = 2 * 1024 * 1024;
        });

    /// <summary>The test host and servers other than Kestrel have no request-line limit; this bound holds everywhere.</summary>
    public static IApplicationBuilder UseQueryStringBound(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.QueryString.Value is { Length: > MaxQueryStringLength } query)
            {
                await TypedResults.Problem(
                    statusCode: StatusCodes.Status414UriTooLong,
                    title: "Query string too long",
                    detail: $"The query string has {query.Length} characters; the limit is {MaxQueryStringLength}.").ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
}
