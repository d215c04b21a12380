using JapanRussia.Core.Data;
using JapanRussia.Core.Queries;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JapanRussia.Web.Hosting;

/// <summary>
/// Prerendered pages and API answers kept in memory for a minute per URL and version of the data. Both are the same for
/// every reader of one URL (there are no accounts, no cookies and no per-reader content), so a popular view (the front
/// page, an era, a common search) is computed once and then sent as bytes. Stored after compression, so each encoding
/// is compressed once. <c>Timeline:CacheResponses=false</c> turns it off (benchmarks of the uncached work use that).
/// </summary>
internal static class ResponseCaching
{
    /// <summary>
    /// Well inside the five minutes for which Blazor accepts the component descriptors in a prerendered page: a reader
    /// served the oldest cached copy still has minutes to start its circuit.
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    public static IServiceCollection AddTimelineResponseCache(this IServiceCollection services)
    {
        // No page posts a form (every filter is a GET), so no page needs an antiforgery token. Left in, Blazor would mint
        // one for every response, set a cookie and forbid caching: each page would be unique to its reader.
        services.Replace(ServiceDescriptor.Scoped<AntiforgeryStateProvider, NoAntiforgeryToken>());
        services.AddOutputCache(options =>
        {
            options.SizeLimit = 64L * 1024 * 1024;
            options.MaximumBodySize = 2L * 1024 * 1024;
            options.AddBasePolicy(policy => policy.AddPolicy<ReadPolicy>(), excludeDefaultPolicy: true);
        });
        return services;
    }

    /// <summary>Placed after the request limits, so that a cache hit still counts against a client's rate.</summary>
    public static WebApplication UseTimelineResponseCache(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Configuration.GetValue("Timeline:CacheResponses", true))
        {
            app.UseOutputCache();
        }

        return app;
    }

    /// <summary>
    /// Caches GET and HEAD of pages and of <c>/api</c> that answer 200 without setting a cookie; nothing else (not
    /// <c>/health</c>, which must look at the database each time, nor the Blazor hub).
    /// </summary>
    private sealed class ReadPolicy(RequestDataVersion versions) : IOutputCachePolicy
    {
        public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var isPage = http.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
            var isApi = http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
            var isRead = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
            if (!(isPage || isApi) || !isRead)
            {
                return;
            }

            // A store that cannot be read is not hidden behind cached answers: the endpoint runs and reports it.
            if (await TryReadVersionAsync(http).ConfigureAwait(false) is not { } version)
            {
                return;
            }

            context.EnableOutputCaching = true;
            context.AllowCacheLookup = true;
            context.AllowCacheStorage = true;
            // Off: the middleware hands readers waiting on a lock the entry of an answer too large to store, whose body is
            // empty (a 200 with no content). Without the lock each of them renders the page itself.
            context.AllowLocking = false;
            context.ResponseExpirationTimeSpan = Lifetime;
            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.HeaderNames = "Accept-Encoding";
            // An ingestion (by this server or by the command line beside it) changes every answer.
            context.CacheVaryByRules.VaryByValues["data"] = version.Token;
        }

        private async Task<DataVersion?> TryReadVersionAsync(HttpContext http)
        {
            try
            {
                return await versions.GetAsync(http).ConfigureAwait(false);
            }
            catch (Exception ex) when (TimelineDatabase.IsStorageFailure(ex))
            {
                return null;
            }
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            // An aborted request may have stopped writing part-way: its body must not become everyone's answer.
            if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0 || context.HttpContext.RequestAborted.IsCancellationRequested)
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>Gives interactive components no antiforgery token, because nothing here posts a form.</summary>
internal sealed class NoAntiforgeryToken : AntiforgeryStateProvider
{
    public override AntiforgeryRequestToken? GetAntiforgeryToken() => null;
}
