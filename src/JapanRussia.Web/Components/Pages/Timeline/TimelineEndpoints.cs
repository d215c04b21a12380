using JapanRussia.Core.Queries;
using JapanRussia.Web.Components.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JapanRussia.Web.Components.Pages.Timeline;

public static class TimelineEndpoints
{
    /// <summary>
    /// The paragraphs of one event's sources as an HTML fragment, for a card opened on the timeline: fetched when wanted,
    /// they are not part of every filter change. <c>q</c> carries the search words to highlight.
    /// </summary>
    public static IEndpointRouteBuilder MapTimelineFragments(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/events/{id}/excerpts", async Task<Results<RazorComponentResult<EventExcerpts>, Microsoft.AspNetCore.Http.HttpResults.NotFound>> (
            string id, string? q, TimelineReader reader, CancellationToken cancellationToken) =>
        {
            var sources = await reader.SourceContextsAsync([id], cancellationToken);
            if (sources.Count == 0)
            {
                return TypedResults.NotFound();
            }

            return new RazorComponentResult<EventExcerpts>(new Dictionary<string, object?>
            {
                [nameof(EventExcerpts.Sources)] = sources,
                [nameof(EventExcerpts.Terms)] = SearchTerms.Parse(q),
            });
        }).ExcludeFromDescription();
        return endpoints;
    }
}
