using System.Globalization;
using JapanRussia.Core.Queries;
using Microsoft.AspNetCore.WebUtilities;

namespace JapanRussia.Web.Components.Common;

/// <summary>The app's addresses, built in one place (query strings by <see cref="QueryHelpers"/>) so pages and tests agree on them.</summary>
public static class Links
{
    public static string Event(string id) => "/events/" + Uri.EscapeDataString(id);

    /// <summary>The paragraphs of an event's sources as a fragment, with the search words to highlight in them.</summary>
    public static string EventExcerpts(string id, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var url = Event(id) + "/excerpts";
        return terms.Count == 0 ? url : QueryHelpers.AddQueryString(url, "q", string.Join(' ', terms));
    }

    /// <summary>The timeline filtered by one value: <c>/?topic=territory</c>.</summary>
    public static string TimelineBy(string filter, string value) => QueryHelpers.AddQueryString("/", filter, value);

    /// <summary>A page of the sources list; the first is plain <c>/sources</c>.</summary>
    public static string Sources(int page) =>
        page <= 1 ? "/sources" : QueryHelpers.AddQueryString("/sources", "page", page.ToString(CultureInfo.InvariantCulture));

    public static string Source(int documentId) => "/sources/" + documentId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The reader at the sentence: the span highlighted and the paragraph scrolled into view.</summary>
    public static string SourceAt(int documentId, int passageOrdinal, int start, int end) =>
        QueryHelpers.AddQueryString(Source(documentId), "highlight", string.Create(CultureInfo.InvariantCulture, $"{start}-{end}"))
        + "#p-" + passageOrdinal.ToString(CultureInfo.InvariantCulture);

    public static string SourceAt(SourceContext source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return SourceAt(source.DocumentId, source.PassageOrdinal, source.Start, source.End);
    }
}
