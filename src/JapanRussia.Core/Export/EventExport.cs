namespace JapanRussia.Core.Export;

/// <summary>The export file: <c>{ "events": [...] }</c>.</summary>
public sealed record EventExport(IReadOnlyList<EventDocument> Events);
