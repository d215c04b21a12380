using Microsoft.AspNetCore.Diagnostics;

namespace JapanRussia.Web.Hosting;

/// <summary>
/// What a failure looks like to a user outside Development: a page's error re-executes the friendly <c>/Error</c> page,
/// an API error is a bare 500 problem; neither carries the exception. Development keeps the developer exception page.
/// </summary>
internal static class ErrorHandling
{
    public static IServiceCollection AddErrorHandling(this IServiceCollection services) =>
        services.AddExceptionHandler<ApiExceptionHandler>();

    /// <summary>
    /// HSTS and HTTPS redirection apply outside Development only when this server itself serves HTTPS (an https URL or
    /// an HTTPS port is configured). A plain-HTTP run, the default <c>http://localhost:5080</c> or a server behind a
    /// TLS-terminating proxy, then neither redirects to a port nothing listens on nor logs a warning per start.
    /// </summary>
    public static WebApplication UseErrorHandlingAndTransport(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            return app;
        }

        app.UseExceptionHandler("/Error", createScopeForErrors: true);
        if (ServesHttps(app.Configuration))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        return app;
    }

    public static bool ServesHttps(IConfiguration configuration)
    {
        var urls = configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? string.Empty;
        return !string.IsNullOrEmpty(configuration["https_port"] ?? configuration["HTTPS_PORTS"] ?? configuration["ANCM_HTTPS_PORT"]) ||
            urls.Contains("https://", StringComparison.OrdinalIgnoreCase) ||
            configuration.GetSection("Kestrel:Endpoints").GetChildren().Any(e => e["Url"]?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true);
    }

    private static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);

    /// <summary>API clients read JSON, not the error page: an unexpected failure is a 500 problem with only a trace id.</summary>
    private sealed class ApiExceptionHandler : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
            if (!IsApi(path))
            {
                return false;
            }

            await TypedResults.Problem(
                statusCode: StatusCodes.Status500InternalServerError,
                title: "Unexpected error",
                detail: "The request could not be answered; the server log has the details.",
                extensions: new Dictionary<string, object?> { ["traceId"] = httpContext.TraceIdentifier }).ExecuteAsync(httpContext).ConfigureAwait(false);
            return true;
        }
    }
}
