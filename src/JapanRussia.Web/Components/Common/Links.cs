using System.Globalization;
using JapanRussia.Core.Queries;

namespace JapanRussia.Web.Components.Common;

/// <summary>The app's addresses, built in one place so pages and tests agree on them.</summary>
public static class Links
{
    public static string Event(string id) => "/events/" + Uri.EscapeDataString(id);

    public static string Source(int documentId) => "/sources/" + documentId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The reader at the sentence: the span highlighted and the paragraph scrolled into view.</summary>
    public static string SourceAt(int documentId, int passageOrdinal, int start, int end) =>
        string.Create(CultureInfo.InvariantCulture, $"/sources/{documentId}?highlight={start}-{end}#p-{passageOrdinal}");

    public static string SourceAt(SourceContext source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return SourceAt(source.DocumentId, source.PassageOrdinal, source.Start, source.End);
    }
}
