using JapanRussia.Core.Search;
using Microsoft.AspNetCore.Components;

namespace JapanRussia.Web.Components.Common;

/// <summary>The words of a free-text query worth highlighting: operators, quotes and one-letter words left out.</summary>
public static class SearchTerms
{
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "NEAR" };

    private static readonly char[] Separators = [' ', '\t', '\r', '\n', '"', '(', ')', '*', '+', ':', '^'];

    public static IReadOnlyList<string> Parse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        // The other spellings and the family words that the search also finds are marked too, so a reader sees why.
        return query.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(t => t.Length > 1 && !Operators.Contains(t))
            .SelectMany(t => SpellingVariants.Of(t).Concat(WordFamilies.Of(t)))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(t => t.Length)
            .ToList();
    }

    /// <summary>Splits <paramref name="text"/> into runs, each marked as a match of some term or not (case-insensitive).</summary>
    public static IReadOnlyList<(string Text, bool IsMatch)> Split(string text, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0 || text.Length == 0)
        {
            return [(text, false)];
        }

        var matched = new bool[text.Length];
        foreach (var term in terms)
        {
            for (var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(term, at + term.Length, StringComparison.OrdinalIgnoreCase))
            {
                Array.Fill(matched, true, at, term.Length);
            }
        }

        var runs = new List<(string, bool)>();
        var runStart = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || matched[i] != matched[runStart])
            {
                runs.Add((text[runStart..i], matched[runStart]));
                runStart = i;
            }
        }

        return runs;
    }

    /// <summary>
    /// The text with each run that matches a term in a <c>mark.match</c>, every run encoded (the text is the source's).
    /// A fragment rather than a component: a list has a title per card and three runs per excerpt.
    /// </summary>
    public static RenderFragment Highlight(string text, IReadOnlyList<string> terms) => builder =>
    {
        foreach (var (run, isMatch) in Split(text, terms))
        {
            if (isMatch)
            {
                builder.OpenElement(0, "mark");
                builder.AddAttribute(1, "class", "match");
                builder.AddContent(2, run);
                builder.CloseElement();
            }
            else
            {
                builder.AddContent(3, run);
            }
        }
    };
}
