namespace JapanRussia.Core.Events;

/// <summary>
/// Finds multi-word phrases in a clause's lower-case tokens: each phrase is indexed by its first token, so the
/// cost is one look-up per token whatever the table holds.
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirst = new(StringComparer.Ordinal);

    public void Add(string phrase, T value) => Add(Words(phrase), value);

    /// <summary>Adds a phrase already split into lower-case words (by the caller's own rule, used for its texts too).</summary>
    public void Add(string[] words, T value)
    {
        if (words.Length == 0)
        {
            return;
        }

        if (!_byFirst.TryGetValue(words[0], out var list))
        {
            _byFirst[words[0]] = list = [];
        }

        list.Add((words, value));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>Every phrase found in <paramref name="words"/>: its value, first token and length; the longest at each token.</summary>
    public IEnumerable<(T Value, int At, int Length)> FindIn(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!_byFirst.TryGetValue(words[i], out var candidates))
            {
                continue;
            }

            foreach (var (phrase, value) in candidates)
            {
                if (Matches(words, i, phrase))
                {
                    yield return (value, i, phrase.Length);
                    break;
                }
            }
        }
    }

    /// <summary>The longest phrase at each token, reading on after it: matches never overlap ("Theodore Roosevelt", not also "Roosevelt").</summary>
    public IEnumerable<(T Value, int At, int Length)> FindLongestIn(IReadOnlyList<string> words)
    {
        var next = 0;
        foreach (var found in FindIn(words))
        {
            if (found.At >= next)
            {
                next = found.At + found.Length;
                yield return found;
            }
        }
    }

    /// <summary>The lower-case tokens of <paramref name="text"/>, dashes between words read as hyphens.</summary>
    public static string[] Words(string text)
    {
        var normal = text.Replace('–', '-').Replace('—', '-').Replace('‑', '-').Replace('’', '\'');
        return Tokenizer.Tokenize(normal, 0, normal.Length).Select(t => t.Lower).ToArray();
    }

    private static bool Matches(IReadOnlyList<string> words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Count)
        {
            return false;
        }

        for (var k = 1; k < phrase.Length; k++)
        {
            if (!string.Equals(words[at + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
