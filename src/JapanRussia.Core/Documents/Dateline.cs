namespace JapanRussia.Core.Documents;

/// <summary>
/// A news dateline opening a paragraph: a place in capitals, optionally a date, then a spaced dash or an agency mark
/// ("SINGAPORE, Nov. 14 (Reuters) - …", "MOSCOW (AP) — …", "TOKYO, November 1 – RIA Novosti.", "SOCHI, May 6. /TASS/.").
/// It starts a new report, so nothing before it (a year, a lead's day) carries over, and its date is the report's,
/// not a happening's.
/// </summary>
public static class Dateline
{
    /// <summary>The dash or the mark comes soon after the place: a date and an agency are short.</summary>
    private const int Reach = 60;

    private const int ShortestPlace = 3;

    /// <summary>Where the dateline that opens [<paramref name="start"/>, <paramref name="end"/>) ends, or null when none does.</summary>
    public static int? End(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = PlaceEnd(text, start, end);
        if (i < 0)
        {
            return null;
        }

        var limit = Math.Min(end, i + Reach);
        for (var k = i; k + 2 < limit && text[k] != '\n'; k++)
        {
            if (text[k] == ' ' && text[k + 1] is '-' or '–' or '—')
            {
                if (text[k + 2] == ' ')
                {
                    return k + 2;
                }

                if (text[k + 1] == '-' && text[k + 2] == '-')
                {
                    return k + 3;
                }
            }

            if (text[k] == '/' && AgencyMarkEnd(text, k, limit) is { } markEnd)
            {
                return markEnd;
            }
        }

        return null;
    }

    /// <summary>The end of a place in capitals ("SINGAPORE", "NEW YORK", "ST. PETERSBURG"), or -1.</summary>
    private static int PlaceEnd(string text, int start, int end)
    {
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

        return letters >= ShortestPlace && i < end && text[i] is ',' or ' ' or '(' ? i : -1;
    }

    /// <summary>"/TASS/" and the stop after it.</summary>
    private static int? AgencyMarkEnd(string text, int slash, int limit)
    {
        var k = slash + 1;
        while (k < limit && char.IsUpper(text[k]))
        {
            k++;
        }

        if (k == slash + 1 || k >= limit || text[k] != '/')
        {
            return null;
        }

        return k + 1 < limit && text[k + 1] == '.' ? k + 2 : k + 1;
    }
}
