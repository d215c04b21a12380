namespace JapanRussia.Core.Scoring;

/// <summary>One sentence the engine cited for an event, reduced to what the score compares.</summary>
public sealed record ProducedMention(string Document, string Start, string Precision, string Excerpt)
{
    public override string ToString() => $"{Document} {Start} ({Precision}) «{Excerpt}»";
}
