using System.Globalization;
using JapanRussia.Core.Dates;

namespace JapanRussia.Core.Tests.Dates;

/// <summary>A news dateline starts a new story: its date does not borrow a year from the text before it.</summary>
public sealed class DatelinesTests
{
    private const string Before = "The war of 1905 ended at Portsmouth.\n\n";

    [Theory]
    [InlineData(Before + "SINGAPORE, Nov. 14 (Reuters) - Abe and Putin agreed on Wednesday to speed up talks.", null, "Nov. 14", null)]
    [InlineData(Before + "SINGAPORE, Nov. 14 (Reuters) - Abe and Putin agreed on Wednesday to speed up talks.", "2018-11-15", "Nov. 14", "2018-11-14")]
    [InlineData(Before + "MOSCOW, Dec. 15, 2016 (AP) — Putin arrived in Japan.", null, "Dec. 15, 2016", "2016-12-15")]
    [InlineData(Before + "NEW YORK, Nov. 14 — Talks resumed.", null, "Nov. 14", null)]
    public void ADatelineDateTakesNoYearFromTheTextBeforeIt(string text, string? published, string matched, string? expected)
    {
        var publishedOn = published is null ? (DateOnly?)null : DateOnly.Parse(published, CultureInfo.InvariantCulture);

        var mention = DateRecognizer.Recognize(text, publishedOn).FirstOrDefault(m => text[m.Start..m.End] == matched);

        Assert.Equal(expected, mention?.Date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(Before + "In Singapore, Nov. 14 was a holiday - a quiet one.", "Nov. 14", "1905-11-14")]
    [InlineData(Before + "The talks, Nov. 14 (Tuesday) - were short.", "Nov. 14", "1905-11-14")]
    public void ADateThatIsNotADatelineStillTakesTheYearStatedBefore(string text, string matched, string expected)
    {
        var mention = DateRecognizer.Recognize(text).Single(m => text[m.Start..m.End] == matched);

        Assert.Equal(expected, mention.Date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(DateProvenanceKind.Completed, mention.Provenance.Kind);
    }
}
