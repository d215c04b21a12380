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
