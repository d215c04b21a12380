namespace JapanRussia.Core.Reference;

/// <summary>A topic of the taxonomy and the words that signal it (Reference/topics.json).</summary>
/// <param name="Scope">"sentence" when a keyword anywhere in a mention's sentence counts, not only in its clause.</param>
public sealed record TopicDefinition(string Id, string Name, IReadOnlyList<string> Keywords, string? Scope = null);
