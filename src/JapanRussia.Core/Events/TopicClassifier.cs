using System.Collections.Frozen;
using System.Text.RegularExpressions;
using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Events;

/// <summary>
/// Assigns topics from the taxonomy's keyword lists (Reference/topics.json). Every topic records the words that
/// triggered it, so a reader can see why an event carries it.
/// </summary>
public sealed class TopicClassifier
{
    private static readonly Lazy<TopicClassifier> LazyDefault = new(() => new TopicClassifier(ReferenceData.Topics));

    private readonly Regex _pattern;
    private readonly FrozenDictionary<string, string[]> _topicsByKeyword;
    private readonly IReadOnlyList<string> _order;
    private readonly HashSet<string> _sentenceWide;

    public TopicClassifier(IEnumerable<TopicDefinition> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var list = topics.ToList();
        _order = list.Select(t => t.Id).ToList();
        _sentenceWide = list.Where(t => t.Scope == "sentence").Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        _topicsByKeyword = list
            .SelectMany(t => t.Keywords.Select(k => (Keyword: k.ToLowerInvariant(), t.Id)))
            .GroupBy(p => p.Keyword, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Id).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        var alternation = string.Join("|", _topicsByKeyword.Keys.OrderByDescending(k => k.Length).Select(k => Regex.Escape(k).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));
        _pattern = new Regex($@"\b(?:{alternation})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    public static TopicClassifier Default => LazyDefault.Value;

    /// <summary>
    /// The topics whose words count anywhere in a mention's sentence ("sentence" scope): a sentence that names the
    /// islands is about territory even when the clause that states its happening does not.
    /// </summary>
    public IReadOnlyList<TopicMatch> ClassifySentenceWide(string sentence) =>
        Classify(sentence).Where(t => _sentenceWide.Contains(t.TopicId)).ToList();

    /// <summary>The topics <paramref name="text"/> is about, in taxonomy order, each with its triggering words.</summary>
    public IReadOnlyList<TopicMatch> Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var triggers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var match in _pattern.EnumerateMatches(text))
        {
            var keyword = string.Join(' ', text.Substring(match.Index, match.Length).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
            if (!_topicsByKeyword.TryGetValue(keyword, out var topicIds))
            {
                continue;
            }

            foreach (var id in topicIds)
            {
                if (!triggers.TryGetValue(id, out var words))
                {
                    triggers[id] = words = [];
                }

                if (!words.Contains(keyword))
                {
                    words.Add(keyword);
                }
            }
        }

        return _order
            .Where(triggers.ContainsKey)
            .Select(id => new TopicMatch(id, string.Join(", ", triggers[id])))
            .ToList();
    }
}
