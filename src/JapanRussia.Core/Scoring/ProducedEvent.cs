namespace JapanRussia.Core.Scoring;

/// <summary>One sentence the engine cited for an event, reduced to what the score compares.</summary>
public sealed record ProducedMention(string Document, string Start, string Precision, string Excerpt)
{
    public override string ToString() => $"{Document} {Start} ({Precision}) «{Excerpt}»";
}

/// <summary>An event as the engine produced it: its title, its topics and the sentences it cites.</summary>
public sealed record ProducedEvent(string Id, string Title, IReadOnlyList<string> Topics, IReadOnlyList<ProducedMention> Mentions);
