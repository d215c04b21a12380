using JapanRussia.Core.Scoring;

namespace JapanRussia.Core.Tests.Scoring;

/// <summary>The score's headline check: titles, and whether a reader can understand each alone.</summary>
public sealed class TitleCheckTests
{
    [Theory]
    [InlineData("Japan and Russia sign the Treaty of Shimoda")]
    [InlineData("Soviet Union declares war on Japan")]
    [InlineData("Medvedev visits Kunashir Island")]
    [InlineData("Russia halts peace treaty talks with Japan over sanctions")]
    [InlineData("“Tokyo Declaration” signed by Yeltsin and Hosokawa")]
    [InlineData("That’s the Treaty")]
    [InlineData("I. N. Butkovskii obtains a mining lease on Sakhalin")]
    [InlineData("Soviet Union restrains its rivalry with the United States")]
    public void ATitleThatStandsAloneIsReadable(string title) => Assert.Null(TitleCheck.Problem(title));

    [Theory]
    [InlineData("It hints at the possibility of a return", "starts with 'It'")]
    [InlineData("This economic cooperation is interrupted", "starts with 'This'")]
    [InlineData("They sign a joint declaration", "starts with 'They'")]
    [InlineData("I will accompany the prime minister", "starts with 'I'")]
    [InlineData("The Soviet Union offers to return these islands unconditionally", "points back with 'these'")]
    [InlineData("The Foreign Minister of Russia announces", "cut after 'announces'")]
    [InlineData("Shinzo Abe returns to Moscow four years", "cut after 'years'")]
    [InlineData("Japan signs the treaty of", "cut after 'of'")]
    [InlineData("This issue resurfacs, shortly", "starts with 'This'")]
    [InlineData("Issue resurfacs after the invasion", "garbled word 'resurfacs'")]
    [InlineData("1875.", "a date, a number or a list marker")]
    [InlineData("— 1905: Japan defeats Russia", "a date, a number or a list marker")]
    [InlineData("* Treaty signed", "a date, a number or a list marker")]
    [InlineData("14 May] 1905, and the war ended soon after.", "a date, a number or a list marker")]
    [InlineData("and the war ended soon after", "starts in the middle of a sentence")]
    [InlineData("Baltic Fleet destroyed at Tsushima [O.S. 14 May", "an unbalanced bracket")]
    [InlineData("", "a date, a number or a list marker")]
    public void ATitleThatCannotStandAloneSaysWhy(string title, string reason) => Assert.Equal(reason, TitleCheck.Problem(title));
}
