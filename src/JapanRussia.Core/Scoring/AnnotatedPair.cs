namespace JapanRussia.Core.Scoring;

/// <summary>Two annotated statements of one happening, in different documents, that should end in one event.</summary>
public sealed record AnnotatedPair(AnnotatedHappening First, AnnotatedHappening Second);
