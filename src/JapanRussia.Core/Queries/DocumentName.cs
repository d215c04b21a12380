namespace JapanRussia.Core.Queries;

/// <summary>How a source names its document.</summary>
internal sealed record DocumentName(string FileName, string Title);
