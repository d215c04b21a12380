namespace JapanRussia.Core.Documents;

/// <summary>
/// A news dateline opening a paragraph: a place in capitals, optionally a date and an agency, then a spaced dash
/// ("SINGAPORE, Nov. 14 (Reuters) - …", "MOSCOW (AP) — …", "TOKYO – …"). It starts a new report, so nothing before it
/// (a year, a lead's day) carries over.
/// </summary>
public static class Dateline
{
    /// <summary>The dash comes soon after the place: a date and an agency are short.</summary>
    private const int DashReach = 60;

    private const int ShortestPlace = 3;

    public static bool Opens(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = start;
        var letters = 0;
        while (i < end && (char.IsUpper(text[i]) || text[i] is ' ' or '.' or '\'' or '’' or '-'))
        {
            letters += char.IsUpper(text[i]) ? 1 : 0;
            if (text[i] == ' ' && i + 1 < end && !char.IsUpper(text[i + 1]))
            {
                break;
            }

            i++;
        }

        if (letters < ShortestPlace || i >= end || text[i] is not (',' or ' ' or '('))
        {
            return false;
        }

        var limit = Math.Min(end, i + DashReach);
        for (var k = i; k + 2 < limit && text[k] != '\n'; k++)
        {
            if (text[k] == ' ' && text[k + 1] is '-' or '–' or '—' && (text[k + 2] == ' ' || (text[k + 1] == '-' && text[k + 2] == '-')))
            {
                return true;
            }
        }

        return false;
    }
}
