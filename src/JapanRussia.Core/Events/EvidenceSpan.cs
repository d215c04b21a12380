using JapanRussia.Core.Documents;

namespace JapanRussia.Core.Events;

/// <summary>
/// Trims what is not the sentence from the start of a sentence span: citation markers ("[14][15] ",
/// "[citation needed] "), list dashes ("— ") and enumerators ("(1) ", "2. "), so that the excerpt a reader sees is the sentence itself.
/// </summary>
internal static class EvidenceSpan
{
    private const int MaxMarkerLength = 40;

    public static TextSpan Clean(string text, TextSpan sentence)
    {
        var start = sentence.Start;
        var end = sentence.End;
        var changed = true;
        while (changed && start < end)
        {
            changed = false;
            if (text[start] == '[')
            {
                var close = text.IndexOf(']', start, Math.Min(MaxMarkerLength, end - start));
                if (close > start)
                {
                    start = close + 1;
                    changed = true;
                }
            }
            else if (EnumeratorEnd(text, start, end) is var after and > 0)
            {
                start = after;
                changed = true;
            }
            else if (text[start] is '—' or '–' or '-' or '*' or '•' && start + 1 < end && char.IsWhiteSpace(text[start + 1]))
            {
                start++;
                changed = true;
            }

            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
                changed = true;
            }
        }

        return start < end ? new TextSpan(start, end) : sentence;
    }

    /// <summary>
    /// After "(1) ", "(a) " or "2. " (one or two digits: "1855. " is a chronology's year), where the sentence starts; 0 when none.
    /// </summary>
    private static int EnumeratorEnd(string text, int start, int end)
    {
        var i = start;
        var open = text[i] == '(';
        i += open ? 1 : 0;
        var first = i;
        while (i < end && i - first < 2 && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i == first && open && i < end && char.IsAsciiLetterLower(text[i]))
        {
            i++;
        }

        var close = open ? ')' : '.';
        return i > first && i + 1 < end && text[i] == close && text[i + 1] == ' ' && (open || char.IsAsciiDigit(text[first])) ? i + 1 : 0;
    }
}
