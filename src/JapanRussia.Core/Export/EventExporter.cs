using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using JapanRussia.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Export;

/// <summary>The export formats; the command line offers each by its name in lower case (json, csv, timelinejs).</summary>
public enum ExportFormat
{
    /// <summary>The public event shape: <c>{ "events": [...] }</c>.</summary>
    Json,

    /// <summary>RFC 4180 CSV for spreadsheets.</summary>
    Csv,

    /// <summary>TimelineJS3 JSON.</summary>
    TimelineJs,
}

/// <summary>Writes every stored event, in timeline order, in one of the export formats.</summary>
public static class EventExporter
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Export options for a database read outside the web app: sources link to their original address when the document gives one.</summary>
    public static async Task<ExportOptions> LoadOptionsAsync(TimelineDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var addresses = await context.Documents.AsNoTracking()
            .Where(d => d.SourceUrl != null)
            .ToDictionaryAsync(d => d.FileName, d => d.SourceUrl!, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        return new ExportOptions
        {
            SourceLink = source => addresses.TryGetValue(source.Document, out var address) && Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri : null,
        };
    }

    public static Task WriteAsync(IReadOnlyList<EventDocument> events, ExportFormat format, Stream output, CancellationToken cancellationToken = default) =>
        WriteAsync(events, format, new ExportOptions(), output, cancellationToken);

    public static async Task WriteAsync(
        IReadOnlyList<EventDocument> events, ExportFormat format, ExportOptions options, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(options);
        switch (format)
        {
            case ExportFormat.Json:
                // Snippets belong to a search answer, not to the exported shape.
                var plain = events.Select(e => e.Snippet is null ? e : e with { Snippet = null }).ToList();
                await JsonSerializer.SerializeAsync(output, new EventExport(plain), JsonOptions, cancellationToken).ConfigureAwait(false);
                break;
            case ExportFormat.Csv:
                await CsvEventWriter.WriteAsync(events, output, cancellationToken).ConfigureAwait(false);
                break;
            case ExportFormat.TimelineJs:
                await TimelineJsWriter.WriteAsync(events, options, output, cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format.");
        }
    }
}
