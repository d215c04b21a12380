using System.Text;

namespace JapanRussia.Core.Search;

/// <summary>
/// Turns the FTS5 query <see cref="FtsQuery.Build"/> writes into the same query for PostgreSQL's <c>to_tsquery</c>, so
/// that one parser decides what a reader's text means on both stores: <c>AND</c> is <c>&amp;</c>, <c>OR</c> is
/// <c>|</c>, a quoted phrase is its words joined by <c>&lt;-&gt;</c> (followed by), a trailing <c>*</c> is <c>:*</c>,
/// and a column filter (<c>{Title Excerpts} : …</c>) is the columns' weights on every lexeme it governs (title A,
/// sentences B, paragraphs C, as the index weighs them). Every word is a quoted lexeme, so nothing a reader typed is
/// read as an operator.
/// </summary>
public static class PostgresTextQuery
{
    private static readonly Dictionary<string, char> ColumnWeights = new(StringComparer.Ordinal)
    {
        ["Title"] = 'A',
        ["Excerpts"] = 'B',
        ["Paragraphs"] = 'C',
    };

    /// <summary>The tsquery text for <paramref name="ftsQuery"/> (output of <see cref="FtsQuery.Build"/>).</summary>
    /// <exception cref="FormatException">The text is not of the form FtsQuery writes.</exception>
    public static string FromFts(string ftsQuery)
    {
        ArgumentNullException.ThrowIfNull(ftsQuery);
        var result = new StringBuilder();
        var groups = new Stack<string>();
        var pending = string.Empty;
        var position = 0;
        while (position < ftsQuery.Length)
        {
            var c = ftsQuery[position];
            var rest = ftsQuery.AsSpan(position);
            if (c == '(')
            {
                groups.Push(pending.Length > 0 ? pending : Weights(groups));
                pending = string.Empty;
                result.Append(c);
                position++;
            }
            else if (c == ')')
            {
                groups.Pop();
                result.Append(c);
                position++;
            }
            else if (c is ' ' or ':')
            {
                position++;
            }
            else if (c == '{')
            {
                var close = ftsQuery.IndexOf('}', position);
                pending = close < 0 ? throw new FormatException("An unclosed column filter in the full-text query.") : ColumnFilter(ftsQuery[(position + 1)..close]);
                position = close + 1;
            }
            else if (c == '"')
            {
                position = AppendPhrase(ftsQuery, position, pending.Length > 0 ? pending : Weights(groups), result);
                pending = string.Empty;
            }
            else if (rest.StartsWith("AND ") || rest.StartsWith("OR "))
            {
                var and = c == 'A';
                result.Append(and ? " & " : " | ");
                position += and ? 3 : 2;
            }
            else
            {
                throw new FormatException($"Unexpected '{c}' at {position} in the full-text query.");
            }
        }

        return result.ToString();
    }

    private static string Weights(Stack<string> groups) => groups.Count > 0 ? groups.Peek() : string.Empty;

    /// <summary>The weights of the columns named in an FTS5 column filter ("Title Excerpts" is "AB").</summary>
    private static string ColumnFilter(string columns) => string.Concat(
        columns.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => ColumnWeights.TryGetValue(c, out var weight) ? weight : throw new FormatException($"Unknown column {c} in the full-text query.")));

    /// <summary>Reads one quoted FTS5 string (and its star, if any) at <paramref name="position"/>; returns where it ends.</summary>
    private static int AppendPhrase(string ftsQuery, int position, string weights, StringBuilder result)
    {
        var text = new StringBuilder();
        var index = position + 1;
        while (true)
        {
            if (index >= ftsQuery.Length)
            {
                throw new FormatException("An unclosed quote in the full-text query.");
            }

            if (ftsQuery[index] == '"')
            {
                if (index + 1 < ftsQuery.Length && ftsQuery[index + 1] == '"')
                {
                    text.Append('"');
                    index += 2;
                    continue;
                }

                index++;
                break;
            }

            text.Append(ftsQuery[index++]);
        }

        var prefix = index < ftsQuery.Length && ftsQuery[index] == '*';
        var words = FtsQuery.Words(text.ToString());
        if (words.Count == 0)
        {
            throw new FormatException("An empty quoted string in the full-text query.");
        }

        var lexemes = words.Select((word, i) => Lexeme(word, prefix && i == words.Count - 1, weights)).ToList();
        result.Append(words.Count == 1 ? lexemes[0] : "(" + string.Join(" <-> ", lexemes) + ")");
        return prefix ? index + 1 : index;
    }

    /// <summary>A tsquery lexeme in quotes (a quote inside doubled, a backslash escaped), with its prefix mark and weights.</summary>
    private static string Lexeme(string word, bool prefix, string weights)
    {
        var quoted = "'" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
        return prefix || weights.Length > 0 ? quoted + ":" + (prefix ? "*" : string.Empty) + weights : quoted;
    }
}
