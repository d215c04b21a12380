namespace JapanRussia.Core.Events;

/// <summary>
/// A date in a subordinate clause ("after the war ended in 1945") dates a happening of this timeline only when a
/// Japanese or Russian actor takes part in it.
/// </summary>
internal static class SubordinateStage
{
    internal static bool IsSubordinateWithoutActor(DatedSentence s, DateSlot slot, int clauseStart, int clauseEnd, Gazetteer gazetteer)
    {
        var tokens = s.Tokens;
        var subordinator = -1;
        for (var i = slot.First - 1; i >= clauseStart; i--)
        {
            var t = tokens[i];
            if (!t.IsWord)
            {
                if (t.Text is "," or ";" or ":" or "—" or "(")
                {
                    break;
                }

                continue;
            }

            if (CueBook.Get.Subordinators.Contains(t.Text) && !(i > 0 && tokens[i - 1].Is("the")))
            {
                subordinator = i;
                break;
            }
        }

        if (subordinator < 0)
        {
            return false;
        }

        var end = slot.End;
        while (end < clauseEnd && tokens[end].Text is not ("," or ";" or ":" or "—" or "."))
        {
            end++;
        }

        for (var i = subordinator; i < end; i++)
        {
            if (tokens[i].IsWord && (CueBook.Get.ActorWords.Contains(tokens[i].Text) || (tokens[i].IsPossessive && CueBook.Get.ActorWords.Contains(tokens[i].Text[..^2]))))
            {
                return false;
            }
        }

        return !gazetteer.Find(s.Slice(subordinator, end), slot.Date.Start.Year).Any(e => e.Kind == EntityKind.Person);
    }
}
