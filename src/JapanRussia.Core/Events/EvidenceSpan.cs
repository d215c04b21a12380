using JapanRussia.Core.Documents;

namespace JapanRussia.Core.Events;

/// <summary>
/// Trims what is not the sentence from the start of a sentence span: citation markers ("[14][15] ",
/// "[citation needed] ") and list dashes ("— "), so that the excerpt a reader sees is the sentence itself.
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
}
