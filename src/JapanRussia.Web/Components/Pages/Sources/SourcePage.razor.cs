using System.Globalization;
using JapanRussia.Core.Queries;
using Microsoft.AspNetCore.Components;

namespace JapanRussia.Web.Components.Pages.Sources;

public sealed partial class SourcePage(DocumentCatalog catalog, SourceTextRenderer renderer, NavigationManager navigation)
{
    private DocumentDetail? _document;

    [Parameter]
    public int Id { get; set; }

    /// <summary><c>START-END</c>: offsets into the document text of the span to highlight.</summary>
    [SupplyParameterFromQuery(Name = "highlight")]
    public string? HighlightValue { get; set; }

    private (int Start, int End)? HighlightSpan
    {
        get
        {
            var parts = HighlightValue?.Split('-');
            return parts is [var a, var b]
                && int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                && int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                && start < end
                ? (start, end)
                : null;
        }
    }

    /// <summary>The first passage the highlighted span reaches into.</summary>
    private int? HighlightedOrdinal =>
        HighlightSpan is { } span ? _document?.Passages.FirstOrDefault(p => span.Start < p.End && span.End > p.Start)?.Ordinal : null;

    protected override async Task OnParametersSetAsync()
    {
        if (_document?.Summary.Id == Id)
        {
            return;
        }

        _document = await catalog.GetDocumentAsync(Id);
        if (_document is null)
        {
            navigation.NotFound();
        }
    }

    /// <summary>A shared link's summary: where the document comes from, when it was published and what was found in it.</summary>
    internal static string Description(DocumentDetail document)
    {
        var summary = document.Summary;
        var origin = SourceListPage.SafeUrl(summary.SourceUrl)?.Host;
        var published = summary.PublishedOn?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var parts = new[] { origin, published is null ? null : "published " + published }.OfType<string>().ToList();
        var head = parts.Count == 0 ? "A source document" : "A source document (" + string.Join(", ", parts) + ")";
        return string.Create(CultureInfo.InvariantCulture, $"{head} of the Japan–Russia Timeline: {summary.PassageCount} passages, {document.Events.Count} dated events found in it, each linked to its sentence.");
    }

    private MarkupString Render(DocumentPassage passage)
    {
        (int, int)? highlight = null;
        if (HighlightSpan is { } span && span.Start < passage.End && span.End > passage.Start)
        {
            highlight = (Math.Max(span.Start, passage.Start) - passage.Start, Math.Min(span.End, passage.End) - passage.Start);
        }

        // Safe by construction: the renderer disables raw HTML in Markdown and sanitises what it produces.
        return new MarkupString(renderer.Render(passage.Text, highlight));
    }
}
