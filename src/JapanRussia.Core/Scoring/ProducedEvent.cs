namespace JapanRussia.Core.Scoring;

/// <summary>An event as the engine produced it: its title, its topics and the sentences it cites.</summary>
public sealed record ProducedEvent(string Id, string Title, IReadOnlyList<string> Topics, IReadOnlyList<ProducedMention> Mentions);
