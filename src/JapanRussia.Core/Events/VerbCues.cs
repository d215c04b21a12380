namespace JapanRussia.Core.Events;

/// <summary>What words alone tell of verbs: a finite verb, a participle after "was", a stative participle.</summary>
internal static class VerbCues
{
    /// <summary>A finite verb, as far as words alone tell: a known past form, a stative, or a lower-case -ed word not used as an adjective.</summary>
    internal static bool IsVerbLike(List<Token> tokens, int i)
    {
        var cues = CueBook.Get;
        var t = tokens[i];
        if (!t.IsWord || t.IsCapitalised || t.IsNumber)
        {
            return false;
        }

        var previous = i > 0 ? tokens[i - 1] : default;
        var adverbAfterDeterminer = i > 0 && previous.IsWord && previous.Lower.EndsWith("ly", StringComparison.Ordinal) && i > 1 && RoleWords.Determiners.Contains(tokens[i - 2].Text);
        var adjectival = i > 0 && previous.IsWord &&
                         (RoleWords.Determiners.Contains(previous.Text) || adverbAfterDeterminer || RoleWords.CountingWords.Contains(previous.Lower) || (previous.IsNumber && previous.Text.Length < 4));
        if (cues.Statives.Contains(t.Text) || cues.IrregularPasts.Contains(t.Text))
        {
            return !adjectival || t.Lower is "was" or "were" or "had";
        }

        return t.Lower.EndsWith("ed", StringComparison.Ordinal) && t.Text.Length > 3 && !adjectival;
    }

    internal static bool HasParticipleAfter(DatedSentence s, int index)
    {
        var cues = CueBook.Get;
        for (var i = index; i < Math.Min(s.Count, index + 3); i++)
        {
            var t = s.Tokens[i];
            if (!t.IsWord)
            {
                return false;
            }

            if (t.Lower.EndsWith("ly", StringComparison.Ordinal) || t.Is("not") || t.Is("been") || t.Is("still"))
            {
                continue;
            }

            return !t.IsCapitalised && (t.Lower.EndsWith("ed", StringComparison.Ordinal) || t.Lower.EndsWith("en", StringComparison.Ordinal) || cues.PassiveParticiples.Contains(t.Text) || cues.IrregularPasts.Contains(t.Text));
        }

        return false;
    }

    internal static bool IsStativeParticipleAfter(DatedSentence s, int index)
    {
        for (var i = index; i < Math.Min(s.Count, index + 3); i++)
        {
            var t = s.Tokens[i];
            if (t.IsWord && !t.Lower.EndsWith("ly", StringComparison.Ordinal))
            {
                return CueBook.Get.Statives.Contains(t.Text);
            }
        }

        return false;
    }
}
