using JapanRussia.Core.Ingestion;

namespace JapanRussia.Core.Tests.Events;

/// <summary>Topics that find their events: each row is a happening a reader of that topic expects to see under it.</summary>
public sealed class TopicRecallTests
{
    [Theory]
    [InlineData("The Soviet–Japanese Joint Declaration of 1956 promised that the USSR would give Japan the Habomai islet group and Shikotan.", "territory")]
    [InlineData("In 1960 the Soviet government warned Japan against signing the Treaty of Mutual Cooperation and Security with the United States, and declared that it would not hand over the Habomai Islands and Shikotan.", "territory")]
    [InlineData("President Boris Yeltsin met with Prime Minister Hashimoto in Krasnoyarsk on 1 November 1997.", "territory")]
    [InlineData("In 1855 Japan and Russia signed the Treaty of Shimoda.", "territory")]
    [InlineData("Medvedev visited Kunashir on 1 November 2010.", "territory")]
    [InlineData("In 1875 Japan and Russia exchanged Sakhalin for the Kuril Islands.", "territory")]
    [InlineData("On 19 October 1956 the Soviet Union and Japan signed a Joint Declaration.", "treaties-and-agreements")]
    [InlineData("In February 1904 the Russo-Japanese War broke out.", "war-and-military")]
    [InlineData("On 1 November 1997 Boris Yeltsin met Ryutaro Hashimoto in Krasnoyarsk.", "diplomacy-and-summits")]
    [InlineData("In 1928 the two countries signed a fisheries convention.", "fisheries-and-maritime")]
    public void EventIsFoundUnderItsTopic(string sentence, string topic)
    {
        var timelineEvent = Assert.Single(IngestionPipeline.Extract([Annotations.Document(sentence)]).Events);
        Assert.Contains(timelineEvent.Topics, t => t.TopicId == topic);
    }

    [Fact]
    public void EverySeedEventAboutTheIslandsIsInTerritory()
    {
        string[] islands = ["Kuril", "Habomai", "Shikotan", "Kunashir", "Iturup", "Etorofu", "Northern Territories", "islands", "Sakhalin"];
        var missing = Annotations.Seeds.Extraction.Events
            .Where(e => e.Sources.Any(s => islands.Any(w => s.Excerpt.Contains(w, StringComparison.OrdinalIgnoreCase))))
            .Where(e => e.Topics.All(t => t.TopicId != "territory"))
            .Select(e => e.Title)
            .ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }
}
