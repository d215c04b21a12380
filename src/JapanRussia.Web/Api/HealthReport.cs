namespace JapanRussia.Web.Api;

/// <summary>The state of the store: reachable, what it holds, and whether the search index covers every event.</summary>
public sealed record HealthReport(string Status, string Database, long Version, int Documents, int Passages, int Events, int IndexedEvents);
