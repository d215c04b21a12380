using Microsoft.AspNetCore.Http.HttpResults;

namespace JapanRussia.Web.Api;

/// <summary>The API's error answers: RFC 9457 problem details (application/problem+json) that say what was wrong.</summary>
internal static class ApiResults
{
    public static ValidationProblem InvalidParameters(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(
            errors,
            detail: string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
            title: errors.Count == 1 ? $"Invalid query parameter '{errors.Keys.First()}'" : "Invalid query parameters");

    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: $"No such {what}",
            detail: $"There is no {what} with id {EventListParameters.Quote(id)}.");
}
