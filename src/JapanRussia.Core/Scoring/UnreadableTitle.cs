namespace JapanRussia.Core.Scoring;

/// <summary>An event whose title a reader cannot understand alone, and why.</summary>
public sealed record UnreadableTitle(ProducedEvent Event, string Reason);
