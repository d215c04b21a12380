using System.Globalization;
using System.Text;
using JapanRussia.Core.Queries;
using JapanRussia.Web.Components.Common;
using Microsoft.AspNetCore.Components;

namespace JapanRussia.Web.Components.Pages.Timeline;

/// <summary>
/// The parts of an event card that never change while it is on screen, each as one piece of HTML: a filter change
/// brings up to a page of new cards, and one markup frame per part is far less to build, diff and send than the
/// elements one by one. Titles and disagreement notes come from the sources, so every one of them is encoded.
/// </summary>
public static class EventCardMarkup
{
    /// <summary>The date column; marked as the same as the year heading when it says no more than the year.</summary>
    public static MarkupString Date(TimelineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var html = new StringBuilder(entry.Label == entry.Start[..Math.Min(4, entry.Start.Length)]
            ? "<div class=\"event-date same-as-year\">"
            : "<div class=\"event-date\">");
        EvidenceMarkup.AppendDateLabel(html, entry.Label, entry.Precision, entry.Start, entry.DateProvenance, entry.DateNote).Append("</div>");
        return new MarkupString(html.ToString());
    }

    /// <summary>The linked title with the search terms marked, then topics, the number of sources and any disagreement.</summary>
    public static MarkupString Heading(TimelineEntry entry, Func<string, string> topicName, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(topicName);
        var html = new StringBuilder("<h4 class=\"event-title\"><a href=\"");
        EvidenceMarkup.AppendText(html, Links.Event(entry.Id)).Append("\"><bdi>");
        EvidenceMarkup.AppendHighlighted(html, entry.Title, terms).Append("</bdi></a></h4><p class=\"event-meta\">");
        foreach (var topic in entry.Topics)
        {
            EvidenceMarkup.AppendText(html.Append("<span class=\"chip topic\">"), topicName(topic)).Append("</span>");
        }

        html.Append("<span class=\"badge sources\">").Append(SourceCount(entry.SourceCount)).Append("</span>");
        if (entry.Disagreement is { } disagreement)
        {
            EvidenceMarkup.AppendText(html.Append("<span class=\"badge disagreement\" title=\""), disagreement).Append("\">Sources disagree</span>");
        }

        return new MarkupString(html.Append("</p>").ToString());
    }

    /// <summary>What the expander says, with the title for a screen reader that lists the summaries out of context.</summary>
    public static MarkupString Summary(TimelineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var html = new StringBuilder("Show ").Append(entry.SourceCount == 1 ? "the source" : SourceCount(entry.SourceCount));
        EvidenceMarkup.AppendText(html.Append("<span class=\"visually-hidden\"> for “"), entry.Title).Append("”</span>");
        return new MarkupString(html.ToString());
    }

    private static string SourceCount(int count) => count == 1 ? "1 source" : string.Create(CultureInfo.InvariantCulture, $"{count} sources");
}
