namespace JapanRussia.Web.Hosting;

/// <summary>The request limits, placed in the pipeline in one call from Program.cs.</summary>
public static class RequestLimits
{
    /// <summary>A bound on query strings, then the API rate limit: both answer with a problem before any endpoint runs.</summary>
    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseQueryStringBound();
        app.UseRateLimiter();
        return app;
    }
}
