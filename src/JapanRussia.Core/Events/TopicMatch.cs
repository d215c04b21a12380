namespace JapanRussia.Core.Events;

/// <summary>A topic an event is about, with the words of the source that triggered it.</summary>
public sealed record TopicMatch(string TopicId, string Trigger);
