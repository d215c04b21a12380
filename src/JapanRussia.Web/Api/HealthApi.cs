using JapanRussia.Core.Data;
using JapanRussia.Core.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Web.Api;

/// <summary>The state of the store: reachable, what it holds, and whether the search index covers every event.</summary>
public sealed record HealthReport(string Status, string Database, long Version, int Documents, int Passages, int Events, int IndexedEvents);

internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", CheckAsync)
            .WithTags("Health")
            .WithName("Health")
            .WithSummary("Whether the database is reachable, with counts; 503 when it is not")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<Results<Ok<HealthReport>, ProblemHttpResult>> CheckAsync(
        IDbContextFactory<TimelineDbContext> contextFactory, CancellationToken cancellationToken)
    {
        try
        {
            await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var version = await context.IngestionStates.AsNoTracking().Select(s => (long?)s.Version).MaxAsync(cancellationToken).ConfigureAwait(false) ?? 0;
            var events = await context.Events.CountAsync(cancellationToken).ConfigureAwait(false);
            var indexed = await SearchIndex.CountAsync(context, cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(new HealthReport(
                events == indexed ? "healthy" : "degraded",
                "reachable",
                version,
                await context.Documents.CountAsync(cancellationToken).ConfigureAwait(false),
                await context.Passages.CountAsync(cancellationToken).ConfigureAwait(false),
                events,
                indexed));
        }
        catch (SqliteException ex)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Database unreachable",
                detail: ex.Message);
        }
    }
}
