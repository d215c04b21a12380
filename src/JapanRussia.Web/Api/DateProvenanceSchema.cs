using System.Text.Json.Nodes;
using JapanRussia.Core.Dates;
using JapanRussia.Core.Export;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace JapanRussia.Web.Api;

/// <summary>
/// Describes the event shape's date provenance fields in the OpenAPI document: what each means and the values the
/// kind and anchor take, which the generated schema (plain strings) cannot say.
/// </summary>
internal static class DateProvenanceSchema
{
    private const string KindText =
        "How the date was obtained: stated (written in full), dual-dated (the source gives Old and New Style; this is the " +
        "New Style date), converted-from-old-style (only the Julian date was given), completed (the year came from a date " +
        "stated before or the report's date) or worked-out (counted from a weekday or relative phrase and an anchor date).";

    private const string NoteText = "How a date the source did not state in full was obtained, in words; absent for a stated date.";

    public static Task DescribeAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(EventDocument))
        {
            Describe(schema, "dateProvenance", KindText + " For an event, the strongest among the sources that give its date.", KindNames());
            Describe(schema, "dateNote", NoteText);
        }
        else if (type == typeof(SourceDocumentReference))
        {
            Describe(schema, "date", "The date as this source gives it, which may be coarser than, or differ from, the event's.");
            Describe(schema, "dateProvenance", KindText, KindNames());
            Describe(schema, "derivedFrom", "What the date was completed, worked out or converted from; absent for a stated date.");
            Describe(schema, "dateNote", NoteText);
        }
        else if (type == typeof(DateDerivation))
        {
            Describe(schema, "phrase", "The source's own words for the date: \"on Sunday\", \"in June\", \"27 May [O.S. 14 May] 1905\".");
            Describe(schema, "anchor", "What the date leans on.", Enum.GetValues<DateAnchorKind>().Select(DateProvenanceText.AnchorName));
            Describe(schema, "anchorDate", "That anchor's date: the report's date, the date stated before, the known event's year, or the Old Style date.");
        }

        return Task.CompletedTask;
    }

    private static IEnumerable<string> KindNames() => Enum.GetValues<DateProvenanceKind>().Select(DateProvenanceText.KindName);

    private static void Describe(OpenApiSchema schema, string property, string description, IEnumerable<string>? values = null)
    {
        if (schema.Properties is null || !schema.Properties.TryGetValue(property, out var target))
        {
            return;
        }

        switch (target)
        {
            case OpenApiSchema inline:
                inline.Description = description;
                if (values is not null)
                {
                    inline.Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
                }

                break;
            case OpenApiSchemaReference reference:
                reference.Description = description;
                break;
        }
    }
}
