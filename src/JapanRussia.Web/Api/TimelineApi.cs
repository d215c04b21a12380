using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace JapanRussia.Web.Api;

/// <summary>The HTTP API: read-only JSON over the timeline under <c>/api</c>, <c>/health</c>, described at <c>/openapi/v1.json</c>.</summary>
public static class TimelineApi
{
    public static IServiceCollection AddTimelineApi(this IServiceCollection services)
    {
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
        return services;
    }

    public static IEndpointRouteBuilder MapTimelineApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api").AddEndpointFilter<ConditionalGet>();
        api.MapEventsApi();
        api.MapSourcesApi();
        api.MapReferenceApi();
        api.MapExportApi();
        app.MapHealthApi();
        return app;
    }

    internal static RouteHandlerBuilder ProducesNotModified(this RouteHandlerBuilder builder) =>
        builder.Produces(StatusCodes.Status304NotModified);
}
