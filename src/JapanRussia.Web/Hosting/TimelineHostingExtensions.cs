using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using JapanRussia.Core.Data;
using JapanRussia.Core.Ingestion;
using JapanRussia.Core.Queries;
using JapanRussia.Web.Api;
using JapanRussia.Web.Components.Pages.Sources;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JapanRussia.Web.Hosting;

/// <summary>What Program.cs registers, one call a feature, all on the builder (some parts read its configuration or environment).</summary>
public static class TimelineHostingExtensions
{
    /// <summary>The largest hub message a browser may send; a page's component descriptors are a few KB.</summary>
    private const long MaximumHubMessageBytes = 1024 * 1024;

    /// <summary>The store (one context per operation) and the ingestion pipeline.</summary>
    /// <remarks>Paths are resolved when first needed, so configuration added by a test host is honoured.</remarks>
    public static WebApplicationBuilder AddTimelineStore(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton(provider => TimelinePaths.Resolve(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton<ConnectionPool>();
        services.AddDbContextFactory<TimelineDbContext>((provider, options) =>
        {
            var pool = provider.GetRequiredService<ConnectionPool>();
            TimelineDatabase.Configure(options, pool.DatabasePath, pool.Enabled, pool.Snapshot).AddInterceptors(ReadBudgetInterceptor.Instance);
        });
        ChooseProvider(services);
        services.AddSingleton<IngestionPipeline>();
        services.AddSingleton<TimelineReader>();
        services.AddSingleton<RequestDataVersion>();
        return builder;
    }

    /// <summary>
    /// SQLite's factory as EF registers it, unless the database setting names PostgreSQL: then contexts of the
    /// PostgreSQL type (its own migrations), with the app's logging. Decided when the store is first used.
    /// </summary>
    private static void ChooseProvider(IServiceCollection services)
    {
        var sqlite = services.Last(d => d.ServiceType == typeof(IDbContextFactory<TimelineDbContext>));
        services.Remove(sqlite);
        services.AddSingleton<IDbContextFactory<TimelineDbContext>>(provider =>
        {
            var store = provider.GetRequiredService<TimelinePaths>().Store;
            var logging = provider.GetRequiredService<ILoggerFactory>();
            return store.IsPostgreSql
                ? new TimelineContextFactory(store, configure: options => options.UseLoggerFactory(logging).AddInterceptors(PostgresReadBudgetInterceptor.Instance))
                : (IDbContextFactory<TimelineDbContext>)ActivatorUtilities.CreateInstance(provider, sqlite.ImplementationType!);
        });
    }

    /// <summary>JSON endpoints with problem details, their OpenAPI description, and compressed responses.</summary>
    public static WebApplicationBuilder AddTimelineApi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default));
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer(OpenApiDescription.DescribeDocumentAsync);
            options.AddOperationTransformer(OpenApiDescription.DescribeOperationAsync);
            options.AddSchemaTransformer(DateProvenanceSchema.DescribeAsync);
        });
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json", "text/csv"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return builder;
    }

    /// <summary>Blazor (static pages, one interactive server component), the catalogue the pages read and the safe source renderer.</summary>
    public static WebApplicationBuilder AddTimelinePages(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.Configure<HubOptions>(options => options.MaximumReceiveMessageSize = MaximumHubMessageBytes);

        // Pages carry Japanese and Russian source text: written as it is, not as numeric entities. Markup characters are
        // always encoded, and so are the bidi controls, which stay visible as references in the page source.
        services.AddWebEncoders(options => options.TextEncoderSettings = PageTextSettings());

        services.AddSingleton<DocumentCatalog>();
        services.AddSingleton<TimelineAxisQueries>();
        services.AddSingleton<SourceTextRenderer>();
        return builder;
    }

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

    /// <summary>Pages and API answers kept for a minute per URL and data version (<see cref="ResponseCaching"/>).</summary>
    public static WebApplicationBuilder AddTimelineResponseCache(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // No page posts a form (every filter is a GET), so no page needs an antiforgery token. Left in, Blazor would mint
        // one for every response, set a cookie and forbid caching: each page would be unique to its reader.
        builder.Services.Replace(ServiceDescriptor.Scoped<AntiforgeryStateProvider, NoAntiforgeryToken>());
        builder.Services.AddOutputCache(ResponseCaching.Configure);
        // Bodies kept at most: Timeline:ResponseCacheMegabytes, by default the database's MemoryBudget.
        builder.Services.AddOptions<OutputCacheOptions>().Configure<IConfiguration, TimelinePaths>((options, configuration, paths) =>
            options.SizeLimit = configuration.GetValue("Timeline:ResponseCacheMegabytes", MemoryBudget.DefaultMegabytes(paths.DatabasePath)) * 1024L * 1024);
        return builder;
    }

    private static TextEncoderSettings PageTextSettings()
    {
        var settings = new TextEncoderSettings(UnicodeRanges.All);
        settings.ForbidCharacters('\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069');
        return settings;
    }
}
