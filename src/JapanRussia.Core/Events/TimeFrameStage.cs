namespace JapanRussia.Core.Events;

/// <summary>
/// A date that frames rather than dates: a background cue earlier in the sentence ("dating back to 1855") or a
/// time-frame lead before the date ("as of 2011", "since April 2013", "during the 1990s").
/// </summary>
internal static class TimeFrameStage
{
    private const int LeadWords = 6;

    public static string? Reason(DatedSentence s, DateSlot slot)
    {
        var cues = CueBook.Get;
        var before = WordPhrases.Words(s, 0, slot.First);
        if (cues.SentenceBackgroundCues.Any(cue => WordPhrases.ContainsPhrase(before, cue)))
        {
            return RoleReasons.BackgroundCue;
        }

        var span = WordPhrases.Words(s, slot.First, slot.End);
        var lead = WordPhrases.Words(s, Math.Max(0, slot.First - LeadWords), slot.First);
        var leadStripped = WordPhrases.StripTrailing(lead, RoleWords.QualifierWords);
        var isEventLead = cues.EventLeads.Any(p => WordPhrases.StartsWith(span, p) || WordPhrases.EndsWith(lead, p));
        return !isEventLead && cues.BackgroundLeads.Any(p => WordPhrases.StartsWith(span, p) || WordPhrases.EndsWith(leadStripped, p))
            ? RoleReasons.TimeFrame
            : null;
    }
}
