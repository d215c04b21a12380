using System.Security.Cryptography;
using System.Text;

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

    /// <summary>
    /// A document may repeat a sentence word for word; the repeats get distinct keys (the occurrence number is mixed
    /// in), so that two events never share an id while each key still depends only on content and order of repeats.
    /// </summary>
    public static IReadOnlyList<EventMention> WithUniqueKeys(IReadOnlyList<EventMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<EventMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            var occurrence = seen.GetValueOrDefault(mention.Key);
            seen[mention.Key] = occurrence + 1;
            result.Add(occurrence == 0 ? mention : mention with { Key = Rehash(mention.Key, occurrence) });
        }

        return result;
    }

    private static string Rehash(string key, int occurrence) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{key}#{occurrence}")))[..key.Length];
}
