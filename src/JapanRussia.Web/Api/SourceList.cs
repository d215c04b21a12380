namespace JapanRussia.Web.Api;

public sealed record SourceList(IReadOnlyList<SourceSummary> Sources);
