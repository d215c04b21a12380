using System.Data.Common;
using JapanRussia.Core.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Web.Api;

internal sealed record HealthCounts(long Version, int Documents, int Passages, int Events, int IndexedEvents);

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
            // One statement, so one snapshot (names quoted, so that PostgreSQL reads them as SQLite does): counts taken while an ingestion commits all come from before it or all after.
            var counts = await context.Database.SqlQuery<HealthCounts>($"""
                SELECT (SELECT coalesce(max("Version"), 0) FROM "IngestionState") AS "Version",
                       (SELECT CAST(count(*) AS integer) FROM "Documents") AS "Documents",
                       (SELECT CAST(count(*) AS integer) FROM "Passages") AS "Passages",
                       (SELECT CAST(count(*) AS integer) FROM "Events") AS "Events",
                       (SELECT CAST(count(*) AS integer) FROM "SearchIndex") AS "IndexedEvents"
                """).SingleAsync(cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(new HealthReport(
                counts.Events == counts.IndexedEvents ? "healthy" : "degraded",
                "reachable",
                counts.Version,
                counts.Documents,
                counts.Passages,
                counts.Events,
                counts.IndexedEvents));
        }
        catch (DbException ex)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Database unreachable",
                detail: ex.Message);
        }
    }
}
