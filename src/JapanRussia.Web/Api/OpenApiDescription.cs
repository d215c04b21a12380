using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace JapanRussia.Web.Api;

/// <summary>
/// What the generated OpenAPI document cannot infer: the API's description, tag descriptions, that no authentication is
/// needed, and the true types of query parameters that are bound as strings (so that the API, not the binder, answers
/// a malformed value).
/// </summary>
internal static class OpenApiDescription
{
    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Events"] = "Dated events with their sources, filtered, searched and paged.",
        ["Sources"] = "The documents that events are found in, with their passages.",
        ["Eras and topics"] = "The reference data that events are classified by.",
        ["Exports"] = "Downloads of the filtered events as JSON, CSV or TimelineJS.",
        ["Health"] = "Whether the service can read its database.",
    };

    private static readonly Dictionary<string, Func<OpenApiSchema>> ParameterSchemas = new(StringComparer.Ordinal)
    {
        ["from"] = () => Integer(1, 9999),
        ["to"] = () => Integer(1, 9999),
        ["page"] = () => Integer(1, EventListParameters.MaxPage),
        ["pageSize"] = () => Integer(1, Core.Queries.TimelineReader.MaxPageSize),
        ["q"] = () => new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = EventListParameters.MaxTextLength },
        ["disagree"] = () => new OpenApiSchema { Type = JsonSchemaType.Boolean, Default = System.Text.Json.Nodes.JsonValue.Create(false) },
        ["sort"] = () => Enumeration("date", "-date", "relevance"),
        ["format"] = () => Enumeration("json", "csv", "timelinejs"),
    };

    public static Task DescribeDocumentAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Japan–Russia Timeline Explorer API",
            Version = "v1",
            Description =
                "Dated events in Japan–Russia relations, each with the source sentences that state it. Errors are " +
                "RFC 9457 problem details naming the parameter at fault; answers carry a weak ETag that changes when " +
                "the documents are re-ingested, and If-None-Match gets 304.",
            License = new OpenApiLicense { Name = "MIT", Url = new Uri("https://opensource.org/licenses/MIT") },
        };
        document.Tags = new HashSet<OpenApiTag>(TagDescriptions.Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }));

        // Open data: an empty requirement says every operation may be called without credentials.
        document.Security = [new OpenApiSecurityRequirement()];
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        return Task.CompletedTask;
    }

    public static Task DescribeOperationAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Name is { } name && ParameterSchemas.TryGetValue(name, out var schema))
            {
                parameter.Schema = schema();
            }
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema Integer(int minimum, int maximum) => new()
    {
        Type = JsonSchemaType.Integer,
        Format = "int32",
        Minimum = minimum.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Maximum = maximum.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static OpenApiSchema Enumeration(params string[] values) => new()
    {
        Type = JsonSchemaType.String,
        Enum = values.Select(v => (System.Text.Json.Nodes.JsonNode)System.Text.Json.Nodes.JsonValue.Create(v)).ToList(),
    };
}
