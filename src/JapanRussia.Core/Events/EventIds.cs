namespace JapanRussia.Core.Events;

/// <summary>
/// Event ids come from content, not row numbers, so that re-ingesting unchanged documents keeps every id: the id is
/// the smallest key among the event's mentions.
/// </summary>
public static class EventIds
{
    public static string For(IEnumerable<EventMention> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return sources.Select(s => s.Key).Min(StringComparer.Ordinal)
            ?? throw new ArgumentException("An event needs at least one source.", nameof(sources));
    }
}
