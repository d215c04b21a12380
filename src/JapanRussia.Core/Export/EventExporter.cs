using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using JapanRussia.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Export;

public enum ExportFormat
{
    Json,
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

    public static async Task<IReadOnlyList<EventDocument>> LoadAsync(TimelineDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var records = await context.Events.AsNoTracking().WithDetails().InTimelineOrder().ToListAsync(cancellationToken).ConfigureAwait(false);
        return records.Select(EventDocument.From).ToList();
    }

    public static async Task WriteAsync(IReadOnlyList<EventDocument> events, ExportFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        switch (format)
        {
            case ExportFormat.Json:
                await JsonSerializer.SerializeAsync(output, new EventExport(events), JsonOptions, cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format.");
        }
    }
}
