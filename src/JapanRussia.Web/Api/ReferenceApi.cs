using System.Linq.Expressions;
using JapanRussia.Core.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Web.Api;

internal static class ReferenceApi
{
    public static RouteGroupBuilder MapReferenceApi(this RouteGroupBuilder api)
    {
        api.MapGet("/eras", ErasAsync)
            .WithTags("Eras and topics")
            .WithName("ListEras")
            .WithSummary("The eras, in order, with how many events each holds")
            .ProducesNotModified();

        api.MapGet("/topics", TopicsAsync)
            .WithTags("Eras and topics")
            .WithName("ListTopics")
            .WithSummary("The topics, with how many events each has")
            .ProducesNotModified();

        return api;
    }

    private static async Task<Ok<EraList>> ErasAsync(IDbContextFactory<TimelineDbContext> contextFactory, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var counts = await CountsAsync(context.Events, e => e.EraId, cancellationToken).ConfigureAwait(false);
        var eras = await context.Eras.AsNoTracking().OrderBy(e => e.SortOrder).ToListAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new EraList(eras
            .Select(e => new EraView(e.Id, e.Name, e.StartYear, e.EndYear, e.Color, counts.GetValueOrDefault(e.Id)))
            .ToList()));
    }

    private static async Task<Ok<TopicList>> TopicsAsync(IDbContextFactory<TimelineDbContext> contextFactory, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var counts = await CountsAsync(context.EventTopics, t => t.TopicId, cancellationToken).ConfigureAwait(false);
        var topics = await context.Topics.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new TopicList(topics.Select(t => new TopicView(t.Id, t.Name, counts.GetValueOrDefault(t.Id))).ToList()));
    }

    /// <summary>How many rows of <paramref name="rows"/> have each value of <paramref name="key"/>.</summary>
    private static Task<Dictionary<string, int>> CountsAsync<T>(IQueryable<T> rows, Expression<Func<T, string>> key, CancellationToken cancellationToken) =>
        rows.GroupBy(key).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(c => c.Key, c => c.Count, cancellationToken);
}
