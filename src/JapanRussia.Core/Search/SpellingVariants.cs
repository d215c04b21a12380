namespace JapanRussia.Core.Search;

/// <summary>
/// Spellings of one name that a reader should find with any of them: the Japanese and Russian forms of the islands,
/// and older and newer names. Data, not code: add a group here and search folds it.
/// </summary>
public static class SpellingVariants
{
    public static readonly IReadOnlyList<IReadOnlyList<string>> Groups =
    [
        ["Kunashir", "Kunashiri"],
        ["Iturup", "Etorofu"],
        ["Kuril", "Kurile", "Kurils", "Kuriles", "Chishima"],
        ["Shikotan", "Shikotanto"],
        ["Habomai", "Khabomai"],
        ["Sakhalin", "Karafuto"],
        ["Soviet", "USSR", "Soviets"],
        ["Gorbachev", "Gorbachov"],
        ["Yeltsin", "Eltsin"],
        ["Port Arthur", "Lushun"],
        ["Tsushima", "Tsusima"],
    ];

    private static readonly Dictionary<string, IReadOnlyList<string>> ByWord = Groups
        .SelectMany(group => group.Where(word => !word.Contains(' ', StringComparison.Ordinal)).Select(word => (word, group)))
        .ToDictionary(
            pair => pair.word,
            pair => (IReadOnlyList<string>)pair.group.Where(w => !w.Contains(' ', StringComparison.Ordinal)).ToList(),
            StringComparer.OrdinalIgnoreCase);

    /// <summary>The word and every single-word spelling of it, the word first; just the word when it has no variants.</summary>
    public static IReadOnlyList<string> Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (!ByWord.TryGetValue(word, out var group))
        {
            return [word];
        }

        return [word, .. group.Where(w => !string.Equals(w, word, StringComparison.OrdinalIgnoreCase))];
    }
}
