namespace JapanRussia.Core.Events;

/// <summary>A sentence's words in lower case, and phrase matching over them.</summary>
internal static class WordPhrases
{
    internal static List<string> Words(DatedSentence s, int start, int end)
    {
        var words = new List<string>(Math.Max(0, end - start));
        for (var i = start; i < end; i++)
        {
            if (s.Tokens[i].IsWord)
            {
                words.Add(s.Tokens[i].Lower);
            }
        }

        return words;
    }

    internal static List<string> StripTrailing(List<string> words, IReadOnlySet<string> strip)
    {
        var end = words.Count;
        while (end > 0 && strip.Contains(words[end - 1]))
        {
            end--;
        }

        return words.GetRange(0, end);
    }

    internal static bool StartsWith(List<string> words, string[] phrase)
    {
        if (words.Count < phrase.Length)
        {
            return false;
        }

        for (var i = 0; i < phrase.Length; i++)
        {
            if (words[i] != phrase[i])
            {
                return false;
            }
        }

        return true;
    }

    internal static bool EndsWith(List<string> words, string[] phrase)
    {
        if (words.Count < phrase.Length)
        {
            return false;
        }

        var offset = words.Count - phrase.Length;
        for (var i = 0; i < phrase.Length; i++)
        {
            if (words[offset + i] != phrase[i])
            {
                return false;
            }
        }

        return true;
    }

    internal static bool ContainsPhrase(List<string> words, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= words.Count; start++)
        {
            var match = true;
            for (var i = 0; i < phrase.Length; i++)
            {
                if (words[start + i] != phrase[i])
                {
                    match = false;
                    break;
                }
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }
}
