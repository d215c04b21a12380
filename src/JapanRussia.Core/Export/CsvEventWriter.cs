using System.Text;

namespace JapanRussia.Core.Export;

/// <summary>
/// RFC 4180 CSV: UTF-8 with a byte-order mark (so spreadsheets detect the encoding), CRLF line ends, a header row,
/// one row per event. Cells that a spreadsheet would run as a formula are defused with a leading apostrophe.
/// </summary>
public static class CsvEventWriter
{
    public static readonly IReadOnlyList<string> Header =
        ["id", "start", "end", "precision", "qualifier", "label", "title", "era", "topics", "people", "places", "sources", "date_provenance"];

    public const string ListSeparator = "; ";

    public const string SourceSeparator = " | ";

    public static async Task WriteAsync(IReadOnlyList<EventDocument> events, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(output);
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 65536, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteAsync(Row(Header).AsMemory(), cancellationToken).ConfigureAwait(false);
            foreach (var item in events)
            {
                await writer.WriteAsync(Row(Cells(item)).AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static IReadOnlyList<string> Cells(EventDocument item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return
        [
            item.Id,
            item.Start,
            item.End,
            item.Precision,
            item.Qualifier ?? string.Empty,
            item.Label,
            item.Title,
            item.Era,
            string.Join(ListSeparator, item.Topics),
            string.Join(ListSeparator, item.People ?? []),
            string.Join(ListSeparator, item.Places ?? []),
            string.Join(SourceSeparator, item.Sources.Select(s => $"{s.Document}#{s.Passage}: {s.Excerpt}")),
            item.DateNote is { } note ? $"{item.DateProvenance}: {note}" : item.DateProvenance,
        ];
    }

    /// <summary>One record with its CRLF; a field is quoted when it holds a comma, quote, CR or LF, with quotes doubled.</summary>
    public static string Row(IEnumerable<string> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return string.Join(',', cells.Select(Field)) + "\r\n";
    }

    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var safe = IsFormulaStart(value) ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    /// <summary>The characters with which a spreadsheet starts a formula (OWASP's CSV injection list, tab and CR included).</summary>
    private static bool IsFormulaStart(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
