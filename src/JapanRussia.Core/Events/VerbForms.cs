namespace JapanRussia.Core.Events;

/// <summary>Turns a past-tense verb into the present tense of a headline ("signed" → "signs", "met" → "meet").</summary>
internal static class VerbForms
{
    /// <summary>The base form of a past-tense verb, or null when the word is not one.</summary>
    public static string? BaseOfPast(string word)
    {
        var cues = CueBook.Get;
        var lower = word.ToLowerInvariant();
        if (cues.PastToBase.TryGetValue(lower, out var irregular))
        {
            return irregular;
        }

        if (lower.Length <= 3 || !lower.EndsWith("ed", StringComparison.Ordinal))
        {
            return null;
        }

        if (lower.EndsWith("ied", StringComparison.Ordinal))
        {
            return lower[..^3] + "y";
        }

        var stem = lower[..^2];
        if (cues.EFinalStems.Contains(lower[..^1]))
        {
            return lower[..^1];
        }

        if (stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'f' or 'z' or 'e'))
        {
            return stem[..^1];
        }

        // "resurfaced", "changed", "moved", "argued": a soft c or g, a v or a u ends its base in e.
        if (stem.Length > 2 && (stem[^1] is 'c' or 'v' or 'u' || (stem[^1] == 'g' && !IsVowel(stem[^2]) && stem[^2] != 'g')))
        {
            return stem + "e";
        }

        if (stem.Length > 3 && stem[^1] == 'd' && IsVowel(stem[^2]) && !IsVowel(stem[^3]) && stem[^2] != 'e')
        {
            return stem + "e";
        }

        if (stem.EndsWith("at", StringComparison.Ordinal) && stem.Length > 4 && !stem.EndsWith("eat", StringComparison.Ordinal))
        {
            return stem + "e";
        }

        if (stem.EndsWith("iz", StringComparison.Ordinal) || stem.EndsWith("ag", StringComparison.Ordinal) || stem.EndsWith("rg", StringComparison.Ordinal) ||
            stem.EndsWith("uc", StringComparison.Ordinal) || stem.EndsWith("nc", StringComparison.Ordinal) ||
            stem.EndsWith("ov", StringComparison.Ordinal) || stem.EndsWith("iv", StringComparison.Ordinal) || stem.EndsWith("ut", StringComparison.Ordinal))
        {
            return stem + "e";
        }

        return stem;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>The present tense of a base form for a singular or plural subject ("meet" → "meets" / "meet").</summary>
    public static string Present(string baseForm, bool plural)
    {
        ArgumentNullException.ThrowIfNull(baseForm);
        switch (baseForm)
        {
            case "be":
                return plural ? "are" : "is";
            case "have":
                return plural ? "have" : "has";
            case "do":
                return plural ? "do" : "does";
            case "go":
                return plural ? "go" : "goes";
        }

        if (plural)
        {
            return baseForm;
        }

        if (baseForm.EndsWith('s') || baseForm.EndsWith("sh", StringComparison.Ordinal) || baseForm.EndsWith("ch", StringComparison.Ordinal) ||
            baseForm.EndsWith('x') || baseForm.EndsWith('z') || baseForm.EndsWith('o'))
        {
            return baseForm + "es";
        }

        if (baseForm.Length > 1 && baseForm.EndsWith('y') && !"aeiou".Contains(baseForm[^2], StringComparison.Ordinal))
        {
            return baseForm[..^1] + "ies";
        }

        return baseForm + "s";
    }
}
