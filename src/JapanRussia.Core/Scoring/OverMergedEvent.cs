namespace JapanRussia.Core.Scoring;

/// <summary>An event whose sentences state happenings of different annotated groups.</summary>
public sealed record OverMergedEvent(ProducedEvent Event, IReadOnlyList<string> Groups);
