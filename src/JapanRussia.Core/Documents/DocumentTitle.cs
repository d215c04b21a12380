using System.Text;

namespace JapanRussia.Core.Documents;

/// <summary>
/// A document's title as it is stored and shown: one line of single spaces, without the bidirectional controls that
/// make text display in an order other than its own (so a title cannot pose as another), and of bounded length.
/// </summary>
public static class DocumentTitle
{
    /// <summary>The longest title kept: long headlines run to about 150 characters; a megabyte title made /sources 2 MB.</summary>
    public const int MaxLength = 300;

    public static string Tidy(string title, int maxLength = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(title);
        var tidy = new StringBuilder(Math.Min(title.Length, maxLength + 1));
        foreach (var c in title)
        {
            if (IsBidiControl(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (tidy.Length > 0 && tidy[^1] != ' ')
                {
                    tidy.Append(' ');
                }
            }
            else if (tidy.Length > maxLength)
            {
                break;
            }
            else
            {
                tidy.Append(c);
            }
        }

        return Shorten(tidy.ToString().TrimEnd(), maxLength);
    }

    /// <summary>Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069); the plain direction marks are kept.</summary>
    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>Cut at a word where there is one in the second half, not mid-word, and marked with an ellipsis.</summary>
    private static string Shorten(string line, int maxLength)
    {
        if (line.Length <= maxLength)
        {
            return line;
        }

        var cut = line.LastIndexOf(' ', maxLength - 1);
        return line[..(cut > maxLength / 2 ? cut : maxLength - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
