using System.Globalization;
using System.Text;

namespace JapanRussia.Core.Documents;

/// <summary>
/// The text the engine reads, beside the stored text it came from: characters a reader cannot see (zero-width marks,
/// soft hyphens, direction marks, joiners) are taken out, a zero-width space becomes a space, and every offset in the
/// engine's text maps back to the stored one. Text without such characters is its own view, at no cost.
/// </summary>
public sealed class ExtractionText
{
    private const char ZeroWidthSpace = '\u200B';

    /// <summary>For each character of <see cref="Text"/> (and its end), its offset in the stored text; null when they are one.</summary>
    private readonly int[]? _toStored;

    private ExtractionText(string stored, string text, int[]? toStored)
    {
        Stored = stored;
        Text = text;
        _toStored = toStored;
    }

    public string Stored { get; }

    public string Text { get; }

    public bool IsIdentity => _toStored is null;

    public static ExtractionText For(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var first = FirstInvisible(stored);
        if (first < 0)
        {
            return new ExtractionText(stored, stored, null);
        }

        var builder = new StringBuilder(stored.Length);
        var map = new List<int>(stored.Length + 1);
        for (var i = 0; i < stored.Length; i++)
        {
            var c = stored[i];
            if (c == ZeroWidthSpace)
            {
                c = ' ';
            }
            else if (i >= first && IsInvisible(c))
            {
                continue;
            }

            builder.Append(c);
            map.Add(i);
        }

        map.Add(stored.Length);
        return new ExtractionText(stored, builder.ToString(), [.. map]);
    }

    /// <summary>The stored offset of the engine's offset <paramref name="index"/>.</summary>
    public int ToStored(int index) => _toStored is null ? index : _toStored[index];

    /// <summary>The engine's offset of a stored offset: the first kept character at or after it.</summary>
    public int FromStored(int index)
    {
        if (_toStored is null)
        {
            return index;
        }

        var found = Array.BinarySearch(_toStored, index);
        return found >= 0 ? found : ~found;
    }

    /// <summary>A span of the engine's text as a span of the stored text (an end maps past the last kept character).</summary>
    public TextSpan ToStored(TextSpan span) =>
        span.Length == 0 ? new TextSpan(ToStored(span.Start), ToStored(span.Start)) : new TextSpan(ToStored(span.Start), ToStored(span.End - 1) + 1);

    private static int FirstInvisible(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ZeroWidthSpace || IsInvisible(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Format characters (Unicode category Cf) print nothing: soft hyphen, joiners, direction marks, BOM.</summary>
    private static bool IsInvisible(char c) =>
        c >= '\u00AD' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
