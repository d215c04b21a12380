namespace JapanRussia.Core.Export;

/// <summary>The date as one source gives it (which may be coarser than, or differ from, its event's): start and end as YYYY, YYYY-MM or YYYY-MM-DD.</summary>
public sealed record SourceDate(string Start, string End, string Precision, string? Qualifier, string Label);
