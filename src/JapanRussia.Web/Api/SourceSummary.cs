namespace JapanRussia.Web.Api;

/// <summary>A source document in the list: <c>document</c> is the file name that events' sources name.</summary>
public sealed record SourceSummary(int Id, string Document, string Title, string? SourceUrl, DateOnly? Published, int Passages, int Events);
