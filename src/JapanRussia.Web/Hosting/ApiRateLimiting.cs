using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace JapanRussia.Web.Hosting;

/// <summary>
/// A fixed window per client IP on <c>/api</c> only: pages and static assets are never limited (a page view fetches
/// several assets, and the timeline itself talks over its circuit, not the API). A refusal is a 429 problem with
/// Retry-After. Behind a reverse proxy every client shares the proxy's address unless forwarded headers are configured.
/// </summary>
internal static class ApiRateLimiting
{
    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(ApiRateLimitOptions.Section).Get<ApiRateLimitOptions>() ?? new ApiRateLimitOptions();
        var window = TimeSpan.FromSeconds(Math.Max(1, limits.WindowSeconds));
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                limits.PermitLimit <= 0 || !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                    ? RateLimitPartition.GetNoLimiter(string.Empty)
                    : RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PermitLimit, Window = window, QueueLimit = 0 }));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (rejected, _) => RefuseAsync(rejected, window);
        });
        return services;
    }

    private static async ValueTask RefuseAsync(OnRejectedContext rejected, TimeSpan window)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
        var seconds = (int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds));
        var http = rejected.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests",
            detail: $"This address has made too many API requests; try again in {seconds} s.").ExecuteAsync(http).ConfigureAwait(false);
    }
}
