using System.Globalization;
using System.Text;

namespace JapanRussia.Core.Search;

/// <summary>
/// Turns what a reader typed into an FTS5 query that cannot fail to parse: every term is quoted, so no operator,
/// column filter or stray punctuation reaches FTS5 unescaped. Supports "quoted phrases", an explicit trailing
/// <c>*</c> for a prefix, an implicit prefix on the last word (search as you type), spelling variants, and the words of
/// a word's family (<see cref="WordFamilies"/>) unless the word is quoted.
/// </summary>
public static class FtsQuery
{
    /// <summary>Terms beyond this are ignored, so a pasted essay cannot make a query of unbounded cost.</summary>
    public const int MaxTerms = 16;

    /// <summary>The index columns a family word is looked for in (see <see cref="SearchIndex"/>).</summary>
    private const string FamilyColumns = "{Title Excerpts}";

    /// <summary>Variants of a phrase multiply; beyond this many spellings of one phrase, only the first are kept.</summary>
    private const int MaxPhraseSpellings = 8;

    /// <summary>The FTS5 query for <paramref name="text"/>, or null when it holds no searchable word (then nothing matches).</summary>
    public static string? Build(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var terms = Parse(text);
        if (terms.Count == 0)
        {
            return null;
        }

        var parts = new List<string>(terms.Count);
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            var prefix = term.Prefix || (i == terms.Count - 1 && !term.IsPhrase && !EndsWithSpace(text));
            parts.Add(term.IsPhrase ? PhraseGroup(term.Words, prefix) : WordGroup(term.Words[0], prefix, term.Quoted));
        }

        return string.Join(" AND ", parts);
    }

    /// <summary>The words of <paramref name="text"/> as FTS5 tokenises them: runs of letters and digits.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static List<Term> Parse(string text)
    {
        var terms = new List<Term>();
        var position = 0;
        while (position < text.Length && terms.Count < MaxTerms)
        {
            if (text[position] == '"')
            {
                var close = text.IndexOf('"', position + 1);
                var end = close < 0 ? text.Length : close;
                var words = Words(text[(position + 1)..end]);
                position = end + 1;
                var prefix = position < text.Length && text[position] == '*';
                if (words.Count == 1)
                {
                    terms.Add(new Term(words, IsPhrase: false, prefix, Quoted: true));
                }
                else if (words.Count > 1)
                {
                    terms.Add(new Term(words.Take(MaxTerms).ToList(), IsPhrase: true, prefix, Quoted: true));
                }

                continue;
            }

            var next = text.IndexOfAny([' ', '\t', '\r', '\n', '"'], position);
            var chunkEnd = next < 0 ? text.Length : next;
            var chunk = text[position..chunkEnd];
            position = next < 0 ? text.Length : (text[next] == '"' ? next : next + 1);
            var chunkWords = Words(chunk);
            for (var i = 0; i < chunkWords.Count && terms.Count < MaxTerms; i++)
            {
                // "kuri*" asks for a prefix on the word the star follows.
                var starred = i == chunkWords.Count - 1 && chunk.TrimEnd().EndsWith('*');
                terms.Add(new Term([chunkWords[i]], IsPhrase: false, starred, Quoted: false));
            }
        }

        return terms;
    }

    /// <summary>
    /// The word and its spellings anywhere, and unless it was quoted its family's words in a title or sentence only: a
    /// related word in a paragraph is too far from the event to mean it. Under a prefix a member that extends an earlier
    /// one ("halts" after "halt") adds nothing, so it is left out.
    /// </summary>
    private static string WordGroup(string word, bool prefix, bool quoted)
    {
        var spellings = Distinct(SpellingVariants.Of(word), [], prefix);
        var family = quoted ? [] : Distinct(WordFamilies.Of(word), spellings, prefix);
        var anywhere = spellings.Select(w => Quote(w) + (prefix ? "*" : string.Empty)).ToList();
        if (family.Count > 0)
        {
            anywhere.Add(FamilyColumns + " : (" + string.Join(" OR ", family.Select(w => Quote(w) + (prefix ? "*" : string.Empty))) + ")");
        }

        return anywhere.Count == 1 ? anywhere[0] : "(" + string.Join(" OR ", anywhere) + ")";
    }

    private static List<string> Distinct(IEnumerable<string> candidates, IReadOnlyList<string> already, bool prefix)
    {
        var kept = new List<string>();
        foreach (var candidate in candidates)
        {
            if (!already.Concat(kept).Any(k => prefix ? candidate.StartsWith(k, StringComparison.OrdinalIgnoreCase) : candidate.Equals(k, StringComparison.OrdinalIgnoreCase)))
            {
                kept.Add(candidate);
            }
        }

        return kept;
    }

    private static string PhraseGroup(IReadOnlyList<string> words, bool prefix)
    {
        IEnumerable<IReadOnlyList<string>> spellings = [[]];
        foreach (var word in words)
        {
            var options = SpellingVariants.Of(word);
            spellings = spellings.SelectMany(s => options.Select(o => (IReadOnlyList<string>)[.. s, o])).Take(MaxPhraseSpellings).ToList();
        }

        var phrases = spellings.Select(s => Quote(string.Join(' ', s)) + (prefix ? "*" : string.Empty)).ToList();
        return phrases.Count == 1 ? phrases[0] : "(" + string.Join(" OR ", phrases) + ")";
    }

    /// <summary>An FTS5 string: inside double quotes everything is literal text except the quote, which is doubled.</summary>
    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static bool EndsWithSpace(string text) => char.IsWhiteSpace(text[^1]);

    private static bool IsWordRune(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or
        UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or
        UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.NonSpacingMark or
        UnicodeCategory.SpacingCombiningMark;

    private sealed record Term(IReadOnlyList<string> Words, bool IsPhrase, bool Prefix, bool Quoted);
}
