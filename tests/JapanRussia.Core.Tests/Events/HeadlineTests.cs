using JapanRussia.Core.Documents;
using JapanRussia.Core.Events;

namespace JapanRussia.Core.Tests.Events;

public sealed class HeadlineTests
{
    [Theory]
    [InlineData("Negotiations resumed, however, and the Soviet Union and Japan signed a Joint Declaration on October 19, 1956, providing for the restoration of diplomatic relations and ending the war.", "The Soviet Union and Japan sign a Joint Declaration")]
    [InlineData("In September 1992, Russian president Boris Yeltsin postponed a scheduled visit to Japan.", "Russian president Boris Yeltsin postpones a scheduled visit to Japan")]
    [InlineData("On January 30, 2010, Russian border guards engaged in a dispute with two Japanese fishing boats.", "Russian border guards engage in a dispute with two Japanese fishing boats")]
    [InlineData("Medvedev visited Kunashir Island on November 1, 2010 where he described the Kuril islands as important.", "Medvedev visits Kunashir Island")]
    [InlineData("At Yalta in February 1945, Stalin promised Roosevelt that the USSR would enter the war against Japan.", "Stalin promises Roosevelt that the USSR would enter the war against Japan")]
    [InlineData("Tokyo's imposition of sanctions on Russia in March 2022 was almost certainly the final nail in the coffin.", "Tokyo's imposition of sanctions on Russia")]
    [InlineData("In 2002, police arrested Suzuki for accepting bribes from two Hokkaido companies.", "Police arrest Suzuki for accepting bribes from two Hokkaido companies")]
    [InlineData("An important step during this period was the conclusion on January 23, 1928, of a Soviet-Japanese Fishery agreement, which permitted Japanese nationals to fish.", "Conclusion of a Soviet-Japanese Fishery agreement")]
    [InlineData("The Russian Empire and Japan signed the Treaty of Portsmouth in September 1905, ending a war that had cost both countries dearly.", "The Russian Empire and Japan sign the Treaty of Portsmouth")]
    [InlineData("President Boris Yeltsin met with Prime Minister Hashimoto in Krasnoyarsk on 1 November 1997, where he proposed to solve the territorial problem.", "President Boris Yeltsin meets with Prime Minister Hashimoto in Krasnoyarsk")]
    [InlineData("The USSR declared war on Japan in August 1945 and invaded Japanese-controlled areas of Korea and Manchuria, swiftly capturing the defenders.", "The USSR declares war on Japan and invades Japanese-controlled areas of Korea and Manchuria")]
    [InlineData("On 15 December 2016 Putin and Abe discussed the preparation for negotiations on the peace treaty in a one-to-one format.", "Putin and Abe discuss the preparation for negotiations on the peace treaty in a one-to-one format")]
    [InlineData("In 1852, an expedition led by Admiral and diplomat Euthymius Putyatin was sent to Japan.", "An expedition led by Admiral and diplomat Euthymius Putyatin is sent to Japan")]
    [InlineData("In 1811, Vasily Golovnin, a Russian explorer tasked by Tsar Alexander I with mapping the Kuril Islands, was captured by the Japanese.", "Vasily Golovnin is captured by the Japanese")]
    [InlineData("On 8 February 1904 the Japanese launched a surprise torpedo attack on the Russian fleet at Port Arthur.", "The Japanese launch a surprise torpedo attack on the Russian fleet at Port Arthur")]
    [InlineData("In 1811 Golovnin was captured by the Japanese and was held in Hakodate.", "Golovnin is captured by the Japanese and is held in Hakodate")]
    [InlineData("On 30 May 2018 the Russians withdrew from the port.", "The Russians withdraw from the port")]
    [InlineData("It is said that Russians first entered the Kurile Islands and conquered Shumushu Island in 1711.", "Russians first enter the Kurile Islands and conquer Shumushu Island")]
    public void HeadlineSaysWhoDidWhatInThePresentTense(string sentence, string expected)
    {
        var mention = Assert.Single(Extract(sentence));
        Assert.Equal(expected, mention.Title);
    }

    [Fact]
    public void SentenceWithTwoDatedHappeningsGivesTwoHeadlines()
    {
        var mentions = Extract("The Japan-Russia Action Plan, the culmination of then-President Putin's 2000 Tokyo visit and former FM Koizumi's 2003 trip to Moscow, outlines a series of future actions.");

        Assert.Equal(["Putin visits Tokyo", "Koizumi travels to Moscow"], mentions.Select(m => m.Title));
        Assert.Equal(["2000", "2003"], mentions.Select(m => m.Date.Date.StartText));
    }

    [Fact]
    public void LongSentenceIsCutAtAPhraseBoundaryWithinTheTitleLength()
    {
        var mention = Assert.Single(Extract("On 21 March 2022 Russia announced that it was abandoning the discussions aimed at signing a formal World War II peace deal due to Tokyo's moves to impose sanctions."));
        Assert.True(mention.Title.Length <= TitleReadability.MaxLength, mention.Title);
        Assert.StartsWith("Russia announces", mention.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(mention.Title.Split(' ')[^1], new[] { "the", "a", "to", "of", "at", "aimed" });
    }

    [Theory]
    [InlineData("Gorbachev announced in 1990 that he would visit Japan in 1991.", "1990")]
    [InlineData("Russian Deputy Foreign Minister Igor Morgulov will discuss Abe's visit at a meeting in Moscow in February 2016.", null)]
    [InlineData("As of 2011 matters remain unresolved.", null)]
    [InlineData("The leaders met in the Kremlin for their 17th bilateral meeting since April 2013.", null)]
    [InlineData("Yeltsin proposed to solve the territorial problem with a peace treaty by 2000.", null)]
    [InlineData("Russian leader Mikhail Gorbachev visited Japan in 1991 after the fall of the Berlin Wall in 1989.", "1991")]
    [InlineData("The government refused in the intervening years to sign the 1951 peace treaty.", null)]
    [InlineData("While Abe believed in 2014 that there was still a chance, Kishida harbors no such illusions.", null)]
    public void PlansBackgroundAndPassingReferencesAreNotHappenings(string sentence, string? onlyHappening)
    {
        var starts = Extract(sentence).Select(m => m.Date.Date.StartText).ToList();
        Assert.Equal(onlyHappening is null ? [] : [onlyHappening], starts);
    }

    private static IReadOnlyList<EventMention> Extract(string sentence)
    {
        var document = Annotations.Document(sentence);
        return EventExtractor.Extract(document, PassageSplitter.Split(document.Text));
    }
}
