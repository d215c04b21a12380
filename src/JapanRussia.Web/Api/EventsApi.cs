using JapanRussia.Core.Export;
using JapanRussia.Core.Queries;
using JapanRussia.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JapanRussia.Web.Api;

internal static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/events").WithTags("Events");

        events.MapGet(string.Empty, ListAsync)
            .WithName("ListEvents")
            .WithSummary("Events matching the timeline's filters, a page at a time")
            .WithDescription("The filters of the timeline page; with q, a full-text search whose events carry a highlighted snippet (HTML, escaped, with <mark> around matches).")
            .ProducesNotModified();

        events.MapGet("/{id}", GetAsync)
            .WithName("GetEvent")
            .WithSummary("One event with its sources")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesNotModified();

        return api;
    }

    private static async Task<Results<Ok<EventPage>, ValidationProblem>> ListAsync(
        [AsParameters] EventListParameters parameters, HttpContext http, TimelineReader reader, RequestDataVersion versions)
    {
        var (valid, errors) = parameters.Validate();
        if (valid is null)
        {
            return ApiResults.InvalidParameters(errors);
        }

        var version = await versions.GetAsync(http).ConfigureAwait(false);
        var page = await reader.SearchAsync(valid.Filter, valid.Page, valid.PageSize, valid.Sort, version, http.RequestAborted).ConfigureAwait(false);
        return TypedResults.Ok(new EventPage(page.Total, page.Page, page.PageSize, page.Items));
    }

    private static async Task<Results<Ok<EventDocument>, ProblemHttpResult>> GetAsync(
        string id, HttpContext http, TimelineReader reader, RequestDataVersion versions)
    {
        var version = await versions.GetAsync(http).ConfigureAwait(false);
        var found = await reader.FindAsync(id, version, http.RequestAborted).ConfigureAwait(false);
        return found is null ? ApiResults.NotFound("event", id) : TypedResults.Ok(found);
    }
}
