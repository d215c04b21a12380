using JapanRussia.Core.Events;
using Xunit.Abstractions;

namespace JapanRussia.Core.Tests.Events;

/// <summary>Two documents written for the tests and never tuned against, to show the rules are not fitted to the seeds.</summary>
public sealed class UnseenDocumentTests(ITestOutputHelper output)
{
    [Fact]
    public void UnseenDocumentsGiveTheirExpectedHappenings()
    {
        var expected = Annotations.Expected("unseen-events.tsv");
        var mentions = Annotations.Unseen.Mentions;
        var missed = expected.Where(e => !mentions.Any(e.IsMatchedBy)).ToList();
        var unexpected = mentions.Where(m => !expected.Any(e => e.IsMatchedBy(m))).ToList();
        var recall = 1.0 - ((double)missed.Count / expected.Count);
        var precision = mentions.Count == 0 ? 0 : 1.0 - ((double)unexpected.Count / mentions.Count);
        output.WriteLine($"Unseen recall {recall:P1}, precision {precision:P1}");
        Assert.True(
            recall >= 0.9 && precision >= 0.9,
            $"recall {recall:P1}, precision {precision:P1}\nMissed:\n{string.Join("\n", missed)}\nNot expected:\n" +
            string.Join("\n", unexpected.Select(m => $"{m.DocumentFileName} {m.Date.Date.StartText} ({m.Date.Date.Precision}) «{m.Excerpt}»")));
    }

    public static TheoryData<NonEvent> UnseenNonEvents() => new(Annotations.NonEvents("unseen-non-events.tsv"));

    [Theory]
    [MemberData(nameof(UnseenNonEvents))]
    public void UnseenDateThatIsNoHappeningIsNotExtracted(NonEvent nonEvent)
    {
        var unseen = Annotations.Unseen;
        Assert.DoesNotContain(unseen.Mentions, m => nonEvent.IsViolatedBy(m, unseen.Text(m.DocumentFileName)));
    }

    [Fact]
    public void UnseenHeadlinesNameTheActors()
    {
        var titles = Annotations.Unseen.Extraction.Events.Select(e => e.Title).ToList();
        output.WriteLine(string.Join("\n", titles));
        Assert.Contains("The Soviet Union declares war on Japan", titles);
        Assert.Contains("Putin visits Japan", titles);
        Assert.Contains("The declaration is signed", titles);
        Assert.Contains("Relations sour", titles);
        Assert.All(titles, t => Assert.InRange(t.Length, 3, TitleReadability.MaxLength));
    }
}
