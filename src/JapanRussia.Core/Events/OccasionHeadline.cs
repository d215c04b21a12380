namespace JapanRussia.Core.Events;

/// <summary>A headline for a dated occasion noun: "Putin's 2000 Tokyo visit" → "Putin visits Tokyo"; "an October 1973 meeting between A and B" → "A and B meet".</summary>
internal static class OccasionHeadline
{
    /// <summary>"Putin's 2000 Tokyo visit" → "Putin visits Tokyo"; "an October 1973 meeting between A and B" → "A and B meet".</summary>
    internal static string? OccasionTitle(DatedSentence s, DateReading reading)
    {
        var cues = CueBook.Get;
        var slot = reading.Slot;
        var tokens = s.Tokens;
        var head = -1;
        for (var i = slot.End; i < reading.ClauseEnd; i++)
        {
            if (cues.OccasionNouns.ContainsKey(tokens[i].Text))
            {
                head = i;
                break;
            }
        }

        if (head < 0)
        {
            return null;
        }

        var verbs = cues.OccasionNouns[tokens[head].Text];
        var modifiers = Enumerable.Range(slot.End, head - slot.End).Select(i => tokens[i].Text).ToList();
        var complement = Enumerable.Range(head + 1, reading.ClauseEnd - head - 1).Select(i => tokens[i]).ToList();
        var owner = Owner(s, reading);
        var plural = false;
        if (owner is null && complement.Count > 1 && complement[0].Is("between"))
        {
            owner = HeadlineFitting.Join(complement.GetRange(1, complement.Count - 1), complement.GetRange(1, complement.Count - 1).Select(t => t.Text).ToList());
            complement = [];
            plural = true;
        }

        if (owner is null)
        {
            return null;
        }

        var verb = plural ? verbs[1] : verbs[0];
        var rest = HeadlineFitting.Join(complement, complement.Select(t => t.Text).ToList());
        if (HeadlineBook.Get.VisitNouns.Contains(tokens[head].Text) && complement.Count > 0 && complement[0].Is("to"))
        {
            rest = HeadlineFitting.Join(complement.GetRange(1, complement.Count - 1), complement.Skip(1).Select(t => t.Text).ToList());
        }
        else if (HeadlineBook.Get.TripNouns.Contains(tokens[head].Text) && modifiers.Count > 0 && complement.Count == 0)
        {
            rest = "to " + string.Join(' ', modifiers);
            modifiers = [];
        }

        var title = string.Join(' ', new[] { owner, verb, string.Join(' ', modifiers), rest }.Where(p => p.Length > 0));
        return title.Length <= HeadlineWriter.MaxLength ? HeadlineFitting.Capitalise(title) : HeadlineFitting.Capitalise(title[..title.LastIndexOf(' ', HeadlineWriter.MaxLength)]);
    }

    /// <summary>Whose occasion it is: the names before a possessive date ("Putin's 2000 …" → "Putin"), or null.</summary>
    private static string? Owner(DatedSentence s, DateReading reading)
    {
        var tokens = s.Tokens;
        var first = reading.Slot.First;
        if (!tokens[first - 1].IsPossessive)
        {
            return null;
        }

        var names = Enumerable.Range(reading.ClauseStart, first - reading.ClauseStart)
            .Select(i => tokens[i].Text)
            .Select(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal) ? w[..^2] : w)
            .Where(w => !CueBook.Get.RoleWords.Contains(w) && !w.Contains('-', StringComparison.Ordinal))
            .ToList();
        return names.Count > 0 ? string.Join(' ', names) : null;
    }
}
