using System.Security.Cryptography;
using System.Text;
using JapanRussia.Core.Dates;
using JapanRussia.Core.Documents;

namespace JapanRussia.Core.Events;

/// <summary>
/// Finds the dated happenings a document states: for each date in a sentence of a paragraph or list item, decides
/// whether it dates a happening (<see cref="DateRoleClassifier"/>), and if so writes a mention with its clause,
/// headline, topics, people and places. Headings and captions are not evidence of a happening.
/// </summary>
public static class EventExtractor
{
    public static IReadOnlyList<EventMention> Extract(SourceDocument document, IReadOnlyList<PassageSpan> passages)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(passages);
        var view = ExtractionText.For(document.Text);
        if (view.IsIdentity)
        {
            return Extract(document, passages, DateRecognizer.Recognize(document.Text, document.PublishedOn));
        }

        // The engine reads the text without its invisible characters; what it finds points back into the stored text.
        var seen = document with { Text = view.Text };
        var seenPassages = passages.Select(p => p with { Start = view.FromStored(p.Start), End = view.FromStored(p.End) }).ToList();
        var mentions = Extract(seen, seenPassages, DateRecognizer.Recognize(view.Text, document.PublishedOn));
        return mentions.Select(m => ToStored(m, view)).ToList();
    }

    private static EventMention ToStored(EventMention mention, ExtractionText view)
    {
        var sentence = view.ToStored(mention.Sentence);
        var date = view.ToStored(new TextSpan(mention.Date.Start, mention.Date.End));
        return mention with
        {
            Sentence = sentence,
            Excerpt = view.Stored[sentence.Start..sentence.End],
            Date = mention.Date with { Start = date.Start, End = date.End },
        };
    }

    /// <summary>Extracts with dates found beforehand (by the recogniser, or by a test that wants to fix them).</summary>
    public static IReadOnlyList<EventMention> Extract(SourceDocument document, IReadOnlyList<PassageSpan> passages, IReadOnlyList<DateMention> dates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(dates);
        var text = document.Text;
        var mentions = new List<EventMention>();
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var next = 0;
        foreach (var passage in passages)
        {
            if (passage.Kind is PassageKind.Heading or PassageKind.Caption)
            {
                continue;
            }

            foreach (var raw in SentenceSplitter.Split(text, passage.Start, passage.End))
            {
                while (next < dates.Count && dates[next].Start < raw.Start)
                {
                    next++;
                }

                var inSentence = new List<DateMention>();
                for (var i = next; i < dates.Count && dates[i].Start < raw.End; i++)
                {
                    if (dates[i].End <= raw.End)
                    {
                        inSentence.Add(dates[i]);
                    }
                }

                if (inSentence.Count == 0)
                {
                    continue;
                }

                var span = EvidenceSpan.Clean(text, raw);
                foreach (var window in SentenceWindow.Of(text, span, inSentence.Where(d => d.Start >= span.Start).ToList()))
                {
                    var sentence = new DatedSentence(text, window.Span, window.Dates);
                    var readings = DateRoleClassifier.Read(sentence, document.PublishedOn, Gazetteer.Default);
                    foreach (var reading in readings)
                    {
                        if (reading.Role is DateRole.Happening or DateRole.Occasion && window.Owns(reading.Slot.Mention))
                        {
                            mentions.Add(Mention(document, passage, span, sentence, reading, readings, keys));
                        }
                    }
                }
            }
        }

        return mentions;
    }

    private static EventMention Mention(SourceDocument document, PassageSpan passage, TextSpan span, DatedSentence sentence, DateReading reading, List<DateReading> readings, Dictionary<string, int> keys)
    {
        var text = document.Text;
        var excerpt = text[span.Start..span.End];
        var date = reading.Slot.Mention;
        var clause = sentence.Slice(reading.ClauseStart, reading.ClauseEnd);
        if (clause.Length == 0)
        {
            clause = excerpt;
        }

        // A sentence repeated word for word gets "#2", "#3"… in order; counting repeats per sentence keeps a document
        // that repeats one sentence thousands of times linear (trying every suffix from 2 again was quadratic).
        var dateText = text[date.Start..date.End];
        var key = Key(document.FileName, excerpt, dateText);
        var repeats = keys.GetValueOrDefault(key);
        keys[key] = repeats + 1;
        if (repeats > 0)
        {
            key = Key(document.FileName, excerpt, dateText + "#" + (repeats + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return new EventMention(
            document.FileName,
            passage.Ordinal,
            span,
            excerpt,
            date,
            HeadlineWriter.Write(sentence, reading, readings),
            TopicClassifier.Default.Classify(clause),
            Gazetteer.Default.Find(clause, date.Date.Start.Year),
            key)
        {
            Clause = clause,
        };
    }

    internal static string Key(string fileName, string sentence, string dateText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{fileName}\n{sentence}\n{dateText}")))[..16];
}
