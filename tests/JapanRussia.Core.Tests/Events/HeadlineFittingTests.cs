using JapanRussia.Core.Documents;
using JapanRussia.Core.Events;

namespace JapanRussia.Core.Tests.Events;

/// <summary>The opening and fitting stages of the headline: what goes before the subject, and where a long headline is cut.</summary>
public sealed class HeadlineFittingTests
{
    [Theory]
    [InlineData("However, in 1956 Japan and the Soviet Union restored diplomatic relations.", "Japan and the Soviet Union restore diplomatic relations")]
    [InlineData("At Yalta in February 1945, Stalin promised Roosevelt to enter the war.", "Stalin promises Roosevelt to enter the war")]
    [InlineData("On 27 April 2017 Shinzo Abe returned to Moscow four years after his first visit and held talks with Vladimir Putin about joint economic activity on the four islands claimed by both.", "Shinzo Abe returns to Moscow")]
    [InlineData("On 18 July 2008 the Russian foreign ministry said \"these actions contribute neither to cooperation nor to the settlement of the dispute between the two countries, which Moscow regrets deeply\".", "The Russian foreign ministry says \"these actions contribute neither to cooperation…\"")]
    [InlineData("In 1966 the two countries signed a five-year trade agreement, opening a new phase of economic ties.", "The two countries sign a five-year trade agreement")]
    [InlineData("“It is regrettable that a unilateral announcement has been made,” Chief Cabinet Secretary Hirokazu Matsuno said on 8 June 2022.", "Chief Cabinet Secretary Hirokazu Matsuno says it is regrettable")]
    public void HeadlineKeepsWhoDidWhatAndIsCutOnAPhraseBoundary(string sentence, string expected)
    {
        var document = Annotations.Document(sentence);
        var mention = Assert.Single(EventExtractor.Extract(document, PassageSplitter.Split(document.Text)));
        Assert.Equal(expected, mention.Title);
        Assert.InRange(mention.Title.Length, 3, TitleReadability.MaxLength);
    }

    [Fact]
    public void AParticipleThatLostItsComplementToAnotherDateGoesWithIt()
    {
        var document = Annotations.Document("The mechanism was set up in 2013 and resumed in 2017 under an agreement reached in December 2016.");

        var titles = EventExtractor.Extract(document, PassageSplitter.Split(document.Text)).Select(m => m.Title).ToList();

        Assert.Contains("The mechanism is set up in 2013 and resumes under an agreement", titles);
        Assert.DoesNotContain(titles, t => t.EndsWith("reached", StringComparison.Ordinal));
    }
}
