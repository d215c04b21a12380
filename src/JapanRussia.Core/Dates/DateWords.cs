using System.Collections.Frozen;

namespace JapanRussia.Core.Dates;

[Flags]
internal enum WordRole
{
    None = 0,
    Month = 1,
    MonthAbbreviation = 2,
    Weekday = 4,
    CountNoun = 8,
    IdentifierLead = 16,
    StreetWord = 32,
    BareMonthLead = 64,

    /// <summary>May begin a date expression (qualifiers, relative phrases, ordinals, "the", "from").</summary>
    Opener = 128,

    /// <summary>"following", "next", "previous", "same": may follow "the" in a relative year phrase.</summary>
    RelativeWord = 256,

    /// <summary>A small cardinal ("a", "two", "ten") that may count years or decades.</summary>
    CountWord = 512,
}

internal readonly record struct WordInfo(WordRole Roles, int Month, int Weekday)
{
    public bool Has(WordRole role) => (Roles & role) != 0;
}

/// <summary>
/// One case-insensitive lookup from a word to everything the vocabulary says about it, built once from
/// <see cref="DateVocabulary"/>. Looked up by span so scanning allocates nothing per word.
/// </summary>
internal static class DateWords
{
    private static readonly FrozenDictionary<string, WordInfo> Table = Build();
    private static readonly FrozenDictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> SpanTable =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>(first letter, length) pairs of vocabulary words: most prose words fail this before any hashing.</summary>
    private static readonly ulong[] ShapeMask = BuildShapeMask();

    public static WordInfo Lookup(ReadOnlySpan<char> word) =>
        MaybeKnown(word) && SpanTable.TryGetValue(word, out var info) ? info : default;

    private static bool MaybeKnown(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > 63)
        {
            return false;
        }

        var first = (uint)(char.ToLowerInvariant(word[0]) - 'a');
        return first >= 26 || (ShapeMask[first] & (1UL << word.Length)) != 0;
    }

    private static ulong[] BuildShapeMask()
    {
        var mask = new ulong[26];
        foreach (var word in Table.Keys)
        {
            var first = (uint)(char.ToLowerInvariant(word[0]) - 'a');
            if (first < 26 && word.Length <= 63)
            {
                mask[first] |= 1UL << word.Length;
            }
        }

        return mask;
    }

    /// <summary>
    /// The month a capitalised word names, tolerating one typo in long names ("Marach" → March). Case matters:
    /// "march" and "may" in lower case are verbs. Abbreviations and "May" are returned too; callers decide
    /// whether a number next to them makes them a month.
    /// </summary>
    public static int MatchMonth(ReadOnlySpan<char> word, bool allowFuzzy, out bool isLooseForm)
    {
        isLooseForm = false;
        if (word.Length < 3 || !char.IsUpper(word[0]) || !IsCapitalisedOrUpper(word))
        {
            return 0;
        }

        var info = Lookup(word);
        if (info.Has(WordRole.Month))
        {
            isLooseForm = info.Has(WordRole.MonthAbbreviation) || info.Month == 5;
            return info.Month;
        }

        if (!allowFuzzy || word.Length < DateVocabulary.FuzzyMonthMinLength - 1)
        {
            return 0;
        }

        for (var m = 0; m < DateVocabulary.MonthNames.Length; m++)
        {
            var name = DateVocabulary.MonthNames[m];
            if (name.Length >= DateVocabulary.FuzzyMonthMinLength && WithinOneEdit(word, name))
            {
                isLooseForm = true;
                return m + 1;
            }
        }

        return 0;
    }

    /// <summary>Weekday number (Monday = 1 .. Sunday = 7) of a capitalised weekday name, else 0.</summary>
    public static int MatchWeekday(ReadOnlySpan<char> word) =>
        word.Length >= 6 && char.IsUpper(word[0]) && IsCapitalisedOrUpper(word) ? Lookup(word).Weekday : 0;

    private static bool IsCapitalisedOrUpper(ReadOnlySpan<char> word)
    {
        // "March" and "MARCH" are months; "MArch" is noise.
        var allUpper = true;
        var restLower = true;
        for (var k = 1; k < word.Length; k++)
        {
            allUpper &= !char.IsLower(word[k]);
            restLower &= !char.IsUpper(word[k]);
        }

        return allUpper || restLower;
    }

    /// <summary>Levenshtein distance ≤ 1, case-insensitive, without allocating.</summary>
    internal static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && char.ToLowerInvariant(a[i]) == char.ToLowerInvariant(b[i]))
        {
            i++;
        }

        if (i == a.Length && i == b.Length)
        {
            return true;
        }

        // Skip the one differing character in whichever word(s) it belongs to, then demand equality.
        var restA = a.Length >= b.Length ? a[(i + 1)..] : a[i..];
        var restB = b.Length >= a.Length ? b[(i + 1)..] : b[i..];
        return restA.Equals(restB, StringComparison.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, WordInfo> Build()
    {
        var table = new Dictionary<string, WordInfo>(StringComparer.OrdinalIgnoreCase);

        void Add(string word, WordRole role, int month = 0, int weekday = 0)
        {
            var existing = table.GetValueOrDefault(word);
            table[word] = new WordInfo(
                existing.Roles | role,
                month != 0 ? month : existing.Month,
                weekday != 0 ? weekday : existing.Weekday);
        }

        void AddAll(IEnumerable<string> words, WordRole role)
        {
            foreach (var word in words)
            {
                Add(word, role);
            }
        }

        for (var m = 0; m < DateVocabulary.MonthNames.Length; m++)
        {
            Add(DateVocabulary.MonthNames[m], WordRole.Month, m + 1);
        }

        foreach (var (word, month) in DateVocabulary.MonthAbbreviations.Concat(DateVocabulary.MonthMisspellings))
        {
            Add(word, WordRole.Month | WordRole.MonthAbbreviation, month);
        }

        for (var d = 0; d < DateVocabulary.WeekdayNames.Length; d++)
        {
            Add(DateVocabulary.WeekdayNames[d], WordRole.Weekday, weekday: d + 1);
        }

        AddAll(DateVocabulary.CountNouns, WordRole.CountNoun);
        AddAll(DateVocabulary.IdentifierLeadWords, WordRole.IdentifierLead);
        AddAll(DateVocabulary.StreetWords, WordRole.StreetWord);
        AddAll(DateVocabulary.BareMonthLeadWords, WordRole.BareMonthLead);
        AddAll(DateVocabulary.QualifierPhrases.Select(p => p.Words[0]), WordRole.Opener);
        AddAll(DateVocabulary.CenturyOrdinals.Select(c => c.Words[0]), WordRole.Opener);
        AddAll(DateVocabulary.NumberWords.Select(n => n.Word), WordRole.Opener | WordRole.CountWord);
        AddAll(DateVocabulary.RelativeYearWords.Select(r => r.Word), WordRole.RelativeWord);
        AddAll(["the", "that", "from", "between"], WordRole.Opener);
        return table.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
