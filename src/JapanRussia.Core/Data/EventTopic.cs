namespace JapanRussia.Core.Data;

/// <summary>An event's topic and the words in its sources that triggered it.</summary>
public sealed class EventTopic
{
    public required string EventId { get; set; }

    public required string TopicId { get; set; }

    public Topic Topic { get; set; } = null!;

    public required string Trigger { get; set; }
}
