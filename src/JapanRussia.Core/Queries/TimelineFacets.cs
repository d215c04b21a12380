namespace JapanRussia.Core.Queries;

/// <summary>Everything the filter panel offers: eras, topics, documents, people and places.</summary>
public sealed record TimelineFacets(
    IReadOnlyList<EraInfo> Eras,
    IReadOnlyList<FacetValue> Topics,
    IReadOnlyList<FacetValue> Documents,
    IReadOnlyList<FacetValue> People,
    IReadOnlyList<FacetValue> Places);
