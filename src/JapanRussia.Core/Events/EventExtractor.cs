using System.Security.Cryptography;
using System.Text;
using JapanRussia.Core.Dates;
using JapanRussia.Core.Documents;

namespace JapanRussia.Core.Events;

/// <summary>Finds the dated happenings a document states: one mention per dated sentence of a paragraph or list item.</summary>
public static class EventExtractor
{
    private const int MaxTitleLength = 90;

    public static IReadOnlyList<EventMention> Extract(SourceDocument document, IReadOnlyList<PassageSpan> passages)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(passages);
        var dates = DateRecognizer.Recognize(document.Text, document.PublishedOn);
        var mentions = new List<EventMention>();
        var next = 0;
        foreach (var passage in passages)
        {
            if (passage.Kind is PassageKind.Heading)
            {
                continue;
            }

            foreach (var sentence in SentenceSplitter.Split(document.Text, passage.Start, passage.End))
            {
                while (next < dates.Count && dates[next].Start < sentence.Start)
                {
                    next++;
                }

                if (next < dates.Count && sentence.Contains(dates[next].Start, dates[next].End))
                {
                    var date = dates[next];
                    var text = document.Text[sentence.Start..sentence.End];
                    mentions.Add(new EventMention(
                        document.FileName,
                        passage.Ordinal,
                        sentence,
                        text,
                        date,
                        Headline(text),
                        [],
                        [],
                        Key(document.FileName, text, document.Text[date.Start..date.End])));
                }
            }
        }

        return mentions;
    }

    private static string Headline(string sentence)
    {
        var text = sentence.Trim().TrimStart('—', '–', '-', ' ');
        return text.Length <= MaxTitleLength ? text : text[..text.LastIndexOf(' ', MaxTitleLength)] + "…";
    }

    internal static string Key(string fileName, string sentence, string dateText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{fileName}\n{sentence}\n{dateText}")))[..16];
}
