namespace JapanRussia.Web.Hosting;

/// <summary>The web-facing defences, registered and placed in the pipeline in one call each from Program.cs.</summary>
public static class SecurityExtensions
{
    /// <summary>Request size limits, rate limiting on <c>/api</c>, deliberate circuit and hub limits, and API error answers.</summary>
    public static WebApplicationBuilder AddTimelineSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddRequestBounds();
        builder.Services.AddApiRateLimiting(builder.Configuration);
        builder.Services.AddCircuitLimits(builder.Environment);
        builder.Services.AddErrorHandling();
        return builder;
    }

    /// <summary>A bound on query strings, then the API rate limit: both answer with a problem before any endpoint runs.</summary>
    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseQueryStringBound();
        app.UseRateLimiter();
        return app;
    }
}
