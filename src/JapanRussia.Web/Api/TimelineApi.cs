namespace JapanRussia.Web.Api;

/// <summary>The HTTP API: read-only JSON over the timeline under <c>/api</c>, <c>/health</c>, described at <c>/openapi/v1.json</c>.</summary>
public static class TimelineApi
{
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
