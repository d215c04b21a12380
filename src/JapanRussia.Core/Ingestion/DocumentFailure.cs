namespace JapanRussia.Core.Ingestion;

/// <summary>A document that could not be ingested, by name, with the reason.</summary>
public sealed record DocumentFailure(string FileName, string Reason);
