using JapanRussia.Core.Data;
using JapanRussia.Core.Export;
using JapanRussia.Core.Queries;
using JapanRussia.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Web.Api;

/// <summary>A source document in the list: <c>document</c> is the file name that events' sources name.</summary>
public sealed record SourceSummary(int Id, string Document, string Title, string? SourceUrl, DateOnly? Published, int Passages, int Events);

public sealed record SourceList(IReadOnlyList<SourceSummary> Sources);

/// <summary>A passage with its span in the document text: <c>text[start..end]</c> is the passage.</summary>
public sealed record PassageView(int Ordinal, string Kind, int Start, int End, string Text);

/// <summary>A source document: its text as stored, its passages, and the events found in it.</summary>
public sealed record SourceDetail(
    int Id,
    string Document,
    string Title,
    string? SourceUrl,
    DateOnly? Published,
    string Text,
    IReadOnlyList<PassageView> Passages,
    IReadOnlyList<EventDocument> Events);

internal static class SourcesApi
{
    public static RouteGroupBuilder MapSourcesApi(this RouteGroupBuilder api)
    {
        var sources = api.MapGroup("/sources").WithTags("Sources");

        sources.MapGet(string.Empty, ListAsync)
            .WithName("ListSources")
            .WithSummary("The source documents, with how many passages and events each has")
            .ProducesNotModified();

        sources.MapGet("/{id}", GetAsync)
            .WithName("GetSource")
            .WithSummary("One source document by number or file name: text, passages with offsets, and its events")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesNotModified();

        return api;
    }

    private static async Task<Ok<SourceList>> ListAsync(IDbContextFactory<TimelineDbContext> contextFactory, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var eventCounts = await context.EventSources.AsNoTracking()
            .GroupBy(s => s.Passage.DocumentId)
            .Select(g => new { DocumentId = g.Key, Events = g.Select(s => s.EventId).Distinct().Count() })
            .ToDictionaryAsync(c => c.DocumentId, c => c.Events, cancellationToken).ConfigureAwait(false);
        var documents = await context.Documents.AsNoTracking()
            .OrderBy(d => d.FileName)
            .Select(d => new { d.Id, d.FileName, d.Title, d.SourceUrl, d.PublishedOn, Passages = d.Passages.Count })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new SourceList(documents
            .Select(d => new SourceSummary(d.Id, d.FileName, d.Title, d.SourceUrl, d.PublishedOn, d.Passages, eventCounts.GetValueOrDefault(d.Id)))
            .ToList()));
    }

    private static async Task<Results<Ok<SourceDetail>, ProblemHttpResult>> GetAsync(
        string id, IDbContextFactory<TimelineDbContext> contextFactory, TimelineReader reader, HttpContext http, RequestDataVersion versions)
    {
        var cancellationToken = http.RequestAborted;
        DocumentRecord? document;
        await using (var context = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            var documents = context.Documents.AsNoTracking().Include(d => d.Passages);
            document = int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
                ? await documents.SingleOrDefaultAsync(d => d.Id == number, cancellationToken).ConfigureAwait(false)
                : await documents.SingleOrDefaultAsync(d => d.FileName == id, cancellationToken).ConfigureAwait(false);
        }

        if (document is null)
        {
            return ApiResults.NotFound("source", id);
        }

        var version = await versions.GetAsync(http).ConfigureAwait(false);
        var events = await reader.ListAsync(new EventFilter { Sources = [document.FileName] }, version: version, cancellationToken: cancellationToken).ConfigureAwait(false);
        var passages = document.Passages
            .OrderBy(p => p.Ordinal)
            .Select(p => new PassageView(p.Ordinal, Lower(p.Kind.ToString()), p.Start, p.End, p.Text))
            .ToList();
        return TypedResults.Ok(new SourceDetail(
            document.Id, document.FileName, document.Title, document.SourceUrl, document.PublishedOn, document.Text, passages, events));
    }

#pragma warning disable CA1308 // the JSON contract spells enum values in lower case
    private static string Lower(string value) => value.ToLowerInvariant();
#pragma warning restore CA1308
}
