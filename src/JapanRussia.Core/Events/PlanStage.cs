namespace JapanRussia.Core.Events;

/// <summary>
/// A modal or future word before the date in its clause ("would visit Japan in 1991"), or a future modal between a
/// fronted date and its verb ("On July 31, the ministers will consider…"): a plan, not a happening.
/// </summary>
internal static class PlanStage
{
    private const int PlanWindow = 12;

    internal static bool HasPlanWord(DatedSentence s, DateSlot slot, int clauseStart)
    {
        var window = new List<string>();
        for (var i = slot.First - 1; i >= Math.Max(clauseStart, slot.First - PlanWindow); i--)
        {
            var t = s.Tokens[i];
            if (!t.IsWord)
            {
                if (t.Text is "," or ";" or ":" or "—" or "(" or ")")
                {
                    break;
                }

                continue;
            }

            // "May" the month is not "may" the modal.
            window.Insert(0, t.Text == "May" ? "\u0000" : t.Lower);
        }

        return CueBook.Get.PlanWords.Any(p => WordPhrases.ContainsPhrase(window, p));
    }

    internal static bool HasFutureAfter(DatedSentence s, DateSlot slot, int clauseStart, int clauseEnd)
    {
        for (var i = clauseStart; i < slot.First; i++)
        {
            if (VerbCues.IsVerbLike(s.Tokens, i))
            {
                return false;
            }
        }

        for (var i = slot.End; i < clauseEnd && i < slot.End + PlanWindow; i++)
        {
            if (VerbCues.IsVerbLike(s.Tokens, i))
            {
                return false;
            }

            if (s.Tokens[i].IsWord && RoleWords.FutureModals.Contains(s.Tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }
}
