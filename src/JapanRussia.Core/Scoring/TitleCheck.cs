using System.Text.RegularExpressions;
using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Scoring;

/// <summary>
/// Tells whether a headline can be understood alone: it does not start with a pronoun, a demonstrative, a
/// lowercase word, a date or a list marker; it does not point back with "these X"; it does not end mid-phrase;
/// no word is garbled (a capitalised last word is a name: "United States" is not cut). Kept apart from the engine's own headline rules so that it measures them.
/// </summary>
public static partial class TitleCheck
{
    private static readonly Lazy<Tables> LazyTables = new(() => new Tables(ReferenceData.TitleWords));

    /// <summary>Why the title is unreadable, or null when it reads alone.</summary>
    public static string? Problem(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var tables = LazyTables.Value;
        var text = title.Trim();
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        if (words.Count == 0 || !char.IsLetter(text[0]) && text[0] is not ('"' or '“' or '‘' or '\''))
        {
            return "a date, a number or a list marker";
        }

        var first = words[0].ToLowerInvariant();
        if (char.IsLower(text[0]))
        {
            return "starts in the middle of a sentence";
        }

        var initial = words[0].Length == 1 && text.Length > 1 && text[1] == '.';
        if (!initial && (tables.Pronouns.Contains(first) || tables.Demonstratives.Contains(first) && words.Count > 1))
        {
            return $"starts with '{words[0]}'";
        }

        var pointer = words.Skip(1).SkipLast(1).FirstOrDefault(w => tables.PointingBack.Contains(w.ToLowerInvariant()));
        if (pointer is not null)
        {
            return $"points back with '{pointer}'";
        }

        if (tables.CutEndings.Contains(words[^1]) || text.EndsWith(',') || text.EndsWith(':'))
        {
            return $"cut after '{words[^1]}'";
        }

        if (text.Count(c => c == '[') != text.Count(c => c == ']') || text.Count(c => c == '(') != text.Count(c => c == ')'))
        {
            return "an unbalanced bracket";
        }

        var garbled = words.FirstOrDefault(w => IsGarbled(w, tables));
        return garbled is null ? null : $"garbled word '{garbled}'";
    }

    private static bool IsGarbled(string word, Tables tables) =>
        word.Length > 3 && word.All(char.IsLower) && tables.ImpossibleEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal));

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Word();

    private sealed class Tables(TitleWords words)
    {
        public HashSet<string> Pronouns { get; } = words.Pronouns.ToHashSet(StringComparer.Ordinal);

        public HashSet<string> Demonstratives { get; } = words.Demonstratives.ToHashSet(StringComparer.Ordinal);

        public HashSet<string> PointingBack { get; } = words.PointingBack.ToHashSet(StringComparer.Ordinal);

        public HashSet<string> CutEndings { get; } = words.CutEndings.ToHashSet(StringComparer.Ordinal);

        public IReadOnlyList<string> ImpossibleEndings { get; } = words.ImpossibleEndings;
    }
}
