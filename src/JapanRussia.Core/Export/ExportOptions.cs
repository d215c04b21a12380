using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Export;

/// <summary>What the richer formats need beyond the events: a title, the eras, and where a source can be read.</summary>
public sealed record ExportOptions
{
    public string Title { get; init; } = "Japan–Russia relations";

    public IReadOnlyList<EraDefinition> Eras { get; init; } = ReferenceData.Eras;

    /// <summary>A link to read a source (the app's source page, or the document's original address); null for none.</summary>
    public Func<SourceDocumentReference, Uri?> SourceLink { get; init; } = _ => null;

    /// <summary>The year an open-ended era (the present one) is drawn up to.</summary>
    public int CurrentYear { get; init; } = DateTime.UtcNow.Year;
}
