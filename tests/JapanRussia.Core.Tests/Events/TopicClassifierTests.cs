using JapanRussia.Core.Events;

namespace JapanRussia.Core.Tests.Events;

public sealed class TopicClassifierTests
{
    [Theory]
    [InlineData("Russian maritime authorities killed a Japanese fisherman and captured a crab fishing boat", "fisheries-and-maritime", "maritime, fisherman, crab, fishing, boat")]
    [InlineData("Japan joined Western sanctions after Russia annexed Crimea", "sanctions", "sanctions")]
    [InlineData("Japan joined Western sanctions after Russia annexed Crimea", "territory", "annexed, crimea")]
    [InlineData("The two countries signed a five-year trade agreement", "treaties-and-agreements", "signed, agreement")]
    [InlineData("The two countries signed a five-year trade agreement", "trade-and-economy", "trade")]
    [InlineData("Princess Hisako Takamado travelled to Russia to cheer on her national team at the FIFA World Cup", "culture-and-society", "princess, world cup")]
    [InlineData("The government of Boris Yeltsin took power in Russia", "leadership", "took power")]
    [InlineData("The USSR declared war on Japan", "war-and-military", "declared war")]
    public void TopicIsAssignedWithTheWordsThatTriggeredIt(string text, string topic, string trigger)
    {
        var match = Assert.Single(TopicClassifier.Default.Classify(text), t => t.TopicId == topic);
        Assert.Equal(trigger, match.Trigger);
    }

    [Theory]
    [InlineData("Russian president Boris Yeltsin postponed a scheduled visit to Japan", new[] { "diplomacy-and-summits" })]
    [InlineData("The Soviet Union and Japan signed a Joint Declaration", new[] { "treaties-and-agreements" })]
    [InlineData("Relations between the two nations remained cool", new string[0])]
    [InlineData("Japan's relations with the Soviet Union improved appreciably", new string[0])]
    public void NoTopicComesFromAStrayWord(string text, string[] topics)
    {
        Assert.Equal(topics, TopicClassifier.Default.Classify(text).Select(t => t.TopicId));
    }

    [Fact]
    public void KeywordsMatchWholeWordsOnly()
    {
        Assert.Empty(TopicClassifier.Default.Classify("The warden's portfolio was signalled by islanders' seasonal treatymaking"));
    }
}
