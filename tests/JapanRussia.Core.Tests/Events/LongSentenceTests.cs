using System.Text;
using JapanRussia.Core.Documents;
using JapanRussia.Core.Events;

namespace JapanRussia.Core.Tests.Events;

/// <summary>
/// A sentence far longer than prose has (pasted text without stops) is read in bounded stretches around its dates:
/// each of its dated happenings comes out once, with the whole sentence as its evidence.
/// </summary>
public sealed class LongSentenceTests
{
    private const string Filler = "the delegates talked about fishing and trade and the islands ";

    [Theory]
    [InlineData(3_000)]
    [InlineData(10_000)]
    [InlineData(1_000_000)]
    public void AHugeSentenceWithOneYearGivesExactlyItsOneEvent(int length)
    {
        var text = Document(length, ["On 19 October 1956 Japan and the Soviet Union signed a declaration "]);

        var mention = Assert.Single(Extract(text));

        Assert.Equal("19 October 1956", mention.Date.Date.Label);
        Assert.Equal(text[mention.Sentence.Start..mention.Sentence.End], mention.Excerpt);
        Assert.StartsWith("On 19 October 1956", mention.Excerpt, StringComparison.Ordinal);
        Assert.EndsWith("in Moscow.", mention.Excerpt, StringComparison.Ordinal);
        Assert.Contains("Japan and the Soviet Union", mention.Clause, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryDatedHappeningOfAHugeSentenceComesOutOnce()
    {
        var happenings = Enumerable.Range(0, 40).Select(i => $"and in {1900 + i} Japan signed a treaty with Russia, ").ToArray();

        var mentions = Extract(Document(400_000, happenings));

        Assert.Equal(Enumerable.Range(1900, 40), mentions.Select(m => m.Date.Date.Start.Year));
        Assert.Single(mentions.Select(m => m.Sentence).Distinct());
    }

    /// <summary>A title line, then one sentence of <paramref name="length"/> characters with the happenings spread through it.</summary>
    private static string Document(int length, string[] happenings)
    {
        var builder = new StringBuilder(length + 200).Append("Long sentence\n\n");
        var every = length / happenings.Length;
        foreach (var happening in happenings)
        {
            builder.Append(happening);
            var next = builder.Length + every - happening.Length;
            while (builder.Length < next)
            {
                builder.Append(Filler);
            }
        }

        return builder.Append("in Moscow.\n").ToString();
    }

    private static IReadOnlyList<EventMention> Extract(string text) =>
        EventExtractor.Extract(new SourceDocument("long.txt", "Long sentence", null, null, text, "hash"), PassageSplitter.Split(text));
}
