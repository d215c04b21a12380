using JapanRussia.Core.Events;
using Xunit.Abstractions;

namespace JapanRussia.Core.Tests.Events;

public sealed class TitleReadabilityTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("It hints at the possibility of considering the return of the Habomai Islands", TitleProblem.UnstatedSubject)]
    [InlineData("This economic cooperation is interrupted", TitleProblem.UnstatedSubject)]
    [InlineData("They sign a trade agreement", TitleProblem.UnstatedSubject)]
    [InlineData("The Soviet Union offers to return these islands unconditionally", TitleProblem.DanglingReference)]
    [InlineData("The Foreign Minister of Russia announces", TitleProblem.Cut)]
    [InlineData("Shinzo Abe returns to Moscow four years", TitleProblem.Cut)]
    [InlineData("Japan and Russia sign the treaty of", TitleProblem.Cut)]
    [InlineData("Putin says \"the talks will go on", TitleProblem.Cut)]
    [InlineData("This issue resurfacs, shortly", TitleProblem.Garbled)]
    [InlineData("Gromyko involvs Japan in talks", TitleProblem.Garbled)]
    [InlineData("1875.", TitleProblem.DateOrMarker)]
    [InlineData("14 May 1905", TitleProblem.DateOrMarker)]
    [InlineData("– The Treaty of Portsmouth ends the Russo-Japanese War", TitleProblem.DateOrMarker)]
    [InlineData("1905 The Treaty of Portsmouth ends the war", TitleProblem.DateOrMarker)]
    [InlineData("Japan and Russia sign a treaty that settles the border between the two empires and opens three ports to Russian ships", TitleProblem.TooLong)]
    public void UnreadableTitleIsToldWhy(string title, TitleProblem problem)
    {
        Assert.Contains(problem, TitleReadability.Check(title));
    }

    [Theory]
    [InlineData("Treaty of Shimoda signed")]
    [InlineData("The Soviet Union and Japan sign a Joint Declaration")]
    [InlineData("Boris Yeltsin's visit to Japan takes place")]
    [InlineData("Putin says \"the talks will go on\"")]
    [InlineData("The ministry says \"these actions contribute neither to cooperation…\"")]
    [InlineData("Shinzo Abe returns to Moscow")]
    [InlineData("Japan's relations with the Soviet Union improve appreciably")]
    [InlineData("Russia and Japan discuss economic topics")]
    [InlineData("Medvedev visits Kunashir Island")]
    public void HeadlineThatStandsAloneHasNoProblem(string title)
    {
        Assert.Empty(TitleReadability.Check(title));
    }

    [Fact]
    public void SeedTitlesStandAlone()
    {
        var events = Annotations.Seeds.Extraction.Events;
        var unreadable = events.Where(e => !TitleReadability.IsReadable(e.Title)).ToList();
        foreach (var e in events)
        {
            output.WriteLine($"{e.Date.StartText}\t{e.Title}\t{string.Join(",", TitleReadability.Check(e.Title))}\t{string.Join(",", e.Topics.Select(t => t.TopicId))}");
        }

        Assert.True(unreadable.Count <= events.Count * 0.02, "Unreadable:\n" + string.Join("\n", unreadable.Select(e => $"{e.Title} ({string.Join(", ", TitleReadability.Check(e.Title))})")));
    }
}
