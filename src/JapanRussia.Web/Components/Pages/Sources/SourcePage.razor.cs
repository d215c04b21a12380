using System.Globalization;
using JapanRussia.Core.Queries;
using Microsoft.AspNetCore.Components;

namespace JapanRussia.Web.Components.Pages.Sources;

public sealed partial class SourcePage
{
    private DocumentDetail? _document;

    [Inject]
    private DocumentCatalog Catalog { get; set; } = null!;

    [Inject]
    private SourceTextRenderer Renderer { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

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

        _document = await Catalog.GetDocumentAsync(Id);
        if (_document is null)
        {
            Navigation.NotFound();
        }
    }

    private MarkupString Render(DocumentPassage passage)
    {
        (int, int)? highlight = null;
        if (HighlightSpan is { } span && span.Start < passage.End && span.End > passage.Start)
        {
            highlight = (Math.Max(span.Start, passage.Start) - passage.Start, Math.Min(span.End, passage.End) - passage.Start);
        }

        // Safe by construction: the renderer disables raw HTML in Markdown and sanitises what it produces.
        return new MarkupString(Renderer.Render(passage.Text, highlight));
    }
}
