using System.Globalization;

namespace JapanRussia.Core.Documents;

/// <summary>What a document is as a source: its title, publisher, address and publication date, each null when nothing says.</summary>
public sealed record SourceDescription(string Title, string? Publisher, Uri? SourceUrl, DateOnly? PublishedOn)
{
    /// <summary>
    /// How the source is cited: "AP News, 15 December 2016"; the title stands in for a missing publisher, and the date
    /// is left out when unknown ("Japan–Russia relations").
    /// </summary>
    public static string Citation(string title, string? publisher, DateOnly? publishedOn)
    {
        ArgumentNullException.ThrowIfNull(title);
        var who = string.IsNullOrWhiteSpace(publisher) ? title : publisher;
        return publishedOn is { } date ? who + ", " + Day(date) : who;
    }

    /// <summary>A publication date as a citation writes it: "15 December 2016".</summary>
    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public string Citation() => Citation(Title, Publisher, PublishedOn);
}
