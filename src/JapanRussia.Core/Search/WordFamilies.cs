using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Search;

/// <summary>
/// The words a reader may mean by the word they typed (Reference/search-words.json): "halt" also finds "abandoning the
/// discussions", which the stemmer cannot reach. Unlike <see cref="SpellingVariants"/>, these are different words, so
/// a quoted word is searched alone.
/// </summary>
public static class WordFamilies
{
    private static readonly Dictionary<string, IReadOnlyList<string>> ByWord = Build(ReferenceData.SearchWords.Families);

    /// <summary>The other members of <paramref name="word"/>'s family (a member may be a phrase, "break off"); empty when it has none.</summary>
    public static IReadOnlyList<string> Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return ByWord.TryGetValue(word, out var family)
            ? family.Where(member => !string.Equals(member, word, StringComparison.OrdinalIgnoreCase)).ToList()
            : [];
    }

    private static Dictionary<string, IReadOnlyList<string>> Build(IReadOnlyList<IReadOnlyList<string>> families)
    {
        var byWord = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var family in families)
        {
            foreach (var member in family.Where(m => !m.Contains(' ', StringComparison.Ordinal)))
            {
                byWord[member] = family;
            }
        }

        return byWord;
    }
}
