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
        var run = new Run(document, dates, ContextDate.HasDatedHeadings(document.Text, passages, dates));
        foreach (var passage in passages)
        {
            run.Read(passage);
        }

        return run.Mentions;
    }

    /// <summary>One document's extraction: where it is in the dates, what its context dates, what it has found.</summary>
    private sealed class Run(SourceDocument document, IReadOnlyList<DateMention> dates, bool datedHeadings)
    {
        private readonly string _text = document.Text;
        private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
        private readonly ContextDate _context = new(document.PublishedOn, datedHeadings);
        private readonly YearContext _years = new(document.Text, document.PublishedOn);
        private int _next;

        public List<EventMention> Mentions { get; } = [];

        public void Read(PassageSpan passage)
        {
            if (passage.Kind is PassageKind.Heading)
            {
                _context.EnterHeading(_text, passage, DatesIn(new TextSpan(passage.Start, passage.End)));
                return;
            }

            if (passage.Kind is PassageKind.Caption)
            {
                return;
            }

            var datelineEnd = passage.Start;
            if (Dateline.End(_text, passage.Start, passage.End) is { } end)
            {
                _context.Break();
                _years.Break();
                datelineEnd = end;
            }

            var first = true;
            foreach (var raw in SentenceSplitter.Split(_text, passage.Start, passage.End))
            {
                var inSentence = _years.Keep(DatesIn(raw));
                inSentence.RemoveAll(d => d.Start < datelineEnd);
                var span = EvidenceSpan.Clean(_text, raw);
                if (inSentence.Count == 0)
                {
                    if (_context.For(new DatedSentence(_text, span, []), first) is { } borrowed)
                    {
                        ReadBorrowed(passage, span, borrowed.Date, borrowed.Reason);
                    }
                }
                else
                {
                    ReadDated(passage, span, inSentence);
                }

                first = false;
            }
        }

        private void ReadDated(PassageSpan passage, TextSpan span, List<DateMention> inSentence)
        {
            var all = new List<DateReading>();
            foreach (var window in SentenceWindow.Of(_text, span, inSentence.Where(d => d.Start >= span.Start).ToList()))
            {
                var sentence = new DatedSentence(_text, window.Span, window.Dates);
                var readings = DateRoleClassifier.Read(sentence, document.PublishedOn, Gazetteer.Default);
                foreach (var reading in readings.Where(r => window.Owns(r.Slot.Mention)))
                {
                    all.Add(reading);
                    if (reading.Role is DateRole.Happening or DateRole.Occasion && sentence.HasWordsBesidesDates)
                    {
                        Mentions.Add(Mention(document, passage, span, sentence, reading, readings, _keys));
                    }
                }
            }

            _context.Saw(all, new DatedSentence(_text, span, []));
        }

        private void ReadBorrowed(PassageSpan passage, TextSpan span, DateMention date, string reason)
        {
            var sentence = DatedSentence.Borrowing(_text, span, date);
            var readings = DateRoleClassifier.Read(sentence, document.PublishedOn, Gazetteer.Default);
            if (readings is [{ Role: DateRole.Happening } reading])
            {
                Mentions.Add(Mention(document, passage, span, sentence, reading with { Reason = reason }, readings, _keys));
            }
        }

        /// <summary>The dates inside <paramref name="span"/>; spans come in text order, so the scan moves forward only.</summary>
        private List<DateMention> DatesIn(TextSpan span)
        {
            while (_next < dates.Count && dates[_next].Start < span.Start)
            {
                _next++;
            }

            var inside = new List<DateMention>();
            for (var i = _next; i < dates.Count && dates[i].Start < span.End; i++)
            {
                if (dates[i].End <= span.End)
                {
                    inside.Add(dates[i]);
                }
            }

            return inside;
        }
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
