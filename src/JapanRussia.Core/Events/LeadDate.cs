namespace JapanRussia.Core.Events;

/// <summary>
/// A date that leads its line, as chronologies write it: "1855: …", "1855. …", "1855 – …", "7 February 1855: …".
/// The entry is what follows the lead date and its mark; the date and the mark are not part of it.
/// </summary>
internal static class LeadDate
{
    /// <summary>The first token of the entry after a lead date, or null when the date does not lead the sentence.</summary>
    public static int? EntryStart(DatedSentence s, DateSlot slot)
    {
        var first = 0;
        while (first < slot.First && s.Tokens[first].Text is "*" or "|" or "#")
        {
            first++;
        }

        if (slot.First != first || slot.End + 1 >= s.Count)
        {
            return null;
        }

        var mark = s.Tokens[slot.End].Text;
        var next = slot.End + 1;
        while (next < s.Count && s.Tokens[next].Text is "*" or "|")
        {
            next++;
        }

        if (mark is "*" && next < s.Count && s.Tokens[next].Text is ":" or "." or "–" or "—" or "-")
        {
            next++;
        }
        else if (mark is not (":" or "." or "–" or "—" or "-" or "|"))
        {
            return null;
        }

        return next < s.Count && s.Tokens[next].IsWord ? next : null;
    }
}
