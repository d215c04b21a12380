namespace JapanRussia.Core.Events;

/// <summary>
/// Dates that belong to the page, not to what it tells: a time stamp ("2015-11-17 15:00:00") and a navigation trail
/// ("Home > News > June 2012 > Summit Meeting").
/// </summary>
internal static class PageStampStage
{
    private const int TrailSeparators = 2;

    public static bool IsStamp(DatedSentence s, DateSlot slot) => IsClockAfter(s, slot.End) || IsTrail(s);

    private static bool IsClockAfter(DatedSentence s, int i) =>
        i + 2 < s.Count && s.Tokens[i].IsNumber && s.Tokens[i + 1].Text == ":" && s.Tokens[i + 2].IsNumber;

    /// <summary>"Home > News > …": spaced separators, unlike the brackets of markup ("<b>").</summary>
    private static bool IsTrail(DatedSentence s)
    {
        var separators = 0;
        for (var i = 1; i + 1 < s.Count; i++)
        {
            if (s.Tokens[i].Text == ">" && s.Tokens[i - 1].End < s.Tokens[i].Start && s.Tokens[i].End < s.Tokens[i + 1].Start)
            {
                separators++;
            }
        }

        return separators >= TrailSeparators;
    }
}
