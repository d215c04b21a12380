namespace JapanRussia.Core.Dates;

/// <summary>
/// Bylines and modification stamps ("Posted: Dec 15, 2016 9:47 AM", "Page last modified: 22-03-2022 10:52:10
/// ZULU") date the page, not the events in it: their lines yield no mentions, and
/// <see cref="DateRecognizer.FindPublicationDate"/> reads them instead.
/// </summary>
internal sealed class PageFurniture(string text, List<Token> tokens) : TokenCursor(text, tokens)
{
    /// <summary>
    /// True when the line starting at token <paramref name="i"/> opens with a furniture word and then either a
    /// colon ("Updated: …") or a clock time somewhere on the line ("Published 12 March 2022 10:30").
    /// </summary>
    public bool IsFurnitureLine(int i, out int nextLine)
    {
        nextLine = i;
        if (!IsCapitalisedWord(i))
        {
            return false;
        }

        var after = -1;
        foreach (var opener in DateVocabulary.FurnitureOpeners)
        {
            if (MatchPhrase(i, opener, out var end))
            {
                after = end;
                break;
            }
        }

        if (after < 0)
        {
            return false;
        }

        var lineEnd = after;
        var clock = false;
        while (lineEnd < Count && !Tokens[lineEnd].NewlineBefore)
        {
            clock |= IsSymbol(lineEnd, ':') && IsNumber(lineEnd - 1) && Touches(lineEnd) && IsNumber(lineEnd + 1) && Touches(lineEnd + 1);
            lineEnd++;
        }

        if (!clock && !IsSymbol(after, ':'))
        {
            return false;
        }

        nextLine = lineEnd;
        return true;
    }
}
