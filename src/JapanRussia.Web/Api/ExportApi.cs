using System.ComponentModel;
using JapanRussia.Core.Data;
using JapanRussia.Core.Export;
using JapanRussia.Core.Queries;
using JapanRussia.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Web.Api;

/// <summary>Downloads of the events matching the timeline's filters, in each export format, as links the page can offer.</summary>
internal static class ExportApi
{
    private static readonly Dictionary<string, (ExportFormat Format, string ContentType, string FileName)> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["json"] = (ExportFormat.Json, "application/json", "japan-russia-timeline.json"),
        ["csv"] = (ExportFormat.Csv, "text/csv; charset=utf-8", "japan-russia-timeline.csv"),
        ["timelinejs"] = (ExportFormat.TimelineJs, "application/json", "japan-russia-timeline.timelinejs.json"),
    };

    public static RouteGroupBuilder MapExportApi(this RouteGroupBuilder api)
    {
        api.MapGet("/export", ExportAsync)
            .WithTags("Exports")
            .WithName("Export")
            .WithSummary("Every event matching the filters as a download: json, csv or timelinejs")
            .Produces(StatusCodes.Status200OK, contentType: "application/json", additionalContentTypes: ["text/csv"])
            .ProducesValidationProblem()
            .ProducesNotModified();
        return api;
    }

    private static async Task<IResult> ExportAsync(
        [AsParameters] EventListParameters parameters,
        [FromQuery(Name = "format"), Description("json (the default), csv or timelinejs.")] string? format,
        HttpContext http,
        TimelineReader reader,
        RequestDataVersion versions,
        IDbContextFactory<TimelineDbContext> contextFactory)
    {
        var cancellationToken = http.RequestAborted;
        var (valid, errors) = parameters.Validate(paging: false);
        var chosen = (Format: ExportFormat.Json, ContentType: "application/json", FileName: "japan-russia-timeline.json");
        if (!string.IsNullOrWhiteSpace(format) && !Formats.TryGetValue(format.Trim(), out chosen))
        {
            errors["format"] = [$"unknown format {EventListParameters.Quote(format)}; use json, csv or timelinejs."];
        }

        if (valid is null || errors.Count > 0)
        {
            return ApiResults.InvalidParameters(errors);
        }

        var version = await versions.GetAsync(http).ConfigureAwait(false);
        var events = await reader.ListAsync(valid.Filter, valid.Sort, version, cancellationToken).ConfigureAwait(false);
        var options = await OptionsAsync(http.Request, contextFactory, cancellationToken).ConfigureAwait(false);
        return TypedResults.Stream(
            stream => EventExporter.WriteAsync(events, chosen.Format, options, stream, cancellationToken),
            chosen.ContentType,
            chosen.FileName);
    }

    /// <summary>Sources link to this app's source page, with the sentence highlighted.</summary>
    private static async Task<ExportOptions> OptionsAsync(HttpRequest request, IDbContextFactory<TimelineDbContext> contextFactory, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var ids = await context.Documents.AsNoTracking().ToDictionaryAsync(d => d.FileName, d => d.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var origin = $"{request.Scheme}://{request.Host}{request.PathBase}";
        return new ExportOptions
        {
            SourceLink = source => ids.TryGetValue(source.Document, out var id) &&
                Uri.TryCreate($"{origin}/sources/{id}?highlight={source.Start}-{source.End}#p-{source.Passage}", UriKind.Absolute, out var uri)
                    ? uri
                    : null,
        };
    }
}
