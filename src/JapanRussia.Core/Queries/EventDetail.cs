using JapanRussia.Core.Export;

namespace JapanRussia.Core.Queries;

/// <summary>One event with its sources in context and its neighbours.</summary>
public sealed record EventDetail(
    EventDocument Event,
    IReadOnlyList<SourceContext> Sources,
    EventNeighbour? Previous,
    EventNeighbour? Next);
