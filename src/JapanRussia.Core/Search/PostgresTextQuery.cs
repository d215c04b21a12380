using System.Text;

namespace JapanRussia.Core.Search;

/// <summary>
/// Turns the FTS5 query <see cref="FtsQuery.Build"/> writes into the same query for PostgreSQL's <c>to_tsquery</c>, so
/// that one parser decides what a reader's text means on both stores: <c>AND</c> is <c>&amp;</c>, <c>OR</c> is
/// <c>|</c>, a quoted phrase is its words joined by <c>&lt;-&gt;</c> (followed by), a trailing <c>*</c> is <c>:*</c>.
/// Every word is a quoted lexeme, so nothing a reader typed is read as an operator.
/// </summary>
public static class PostgresTextQuery
{
    /// <summary>The tsquery text for <paramref name="ftsQuery"/> (output of <see cref="FtsQuery.Build"/>).</summary>
    /// <exception cref="FormatException">The text is not of the form FtsQuery writes.</exception>
    public static string FromFts(string ftsQuery)
    {
        ArgumentNullException.ThrowIfNull(ftsQuery);
        var result = new StringBuilder();
        var position = 0;
        while (position < ftsQuery.Length)
        {
            var c = ftsQuery[position];
            if (c is '(' or ')')
            {
                result.Append(c);
                position++;
            }
            else if (c == ' ')
            {
                position++;
            }
            else if (c == '"')
            {
                position = AppendPhrase(ftsQuery, position, result);
            }
            else if (ftsQuery.AsSpan(position).StartsWith("AND ") || ftsQuery.AsSpan(position).StartsWith("OR "))
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

    /// <summary>Reads one quoted FTS5 string (and its star, if any) at <paramref name="position"/>; returns where it ends.</summary>
    private static int AppendPhrase(string ftsQuery, int position, StringBuilder result)
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
        var lexemes = words.Select((word, i) => Lexeme(word) + (prefix && i == words.Count - 1 ? ":*" : string.Empty));
        result.Append(words.Count == 1 ? lexemes.First() : "(" + string.Join(" <-> ", lexemes) + ")");
        return prefix ? index + 1 : index;
    }

    /// <summary>A tsquery lexeme in quotes: a quote inside is doubled, a backslash escaped.</summary>
    private static string Lexeme(string word) =>
        "'" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
}
