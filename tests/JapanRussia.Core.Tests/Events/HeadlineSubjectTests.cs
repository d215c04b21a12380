using JapanRussia.Core.Documents;
using JapanRussia.Core.Events;

namespace JapanRussia.Core.Tests.Events;

/// <summary>The subject stage of the headline: a pronoun or "this/these X" takes what it points to from the sentences before.</summary>
public sealed class HeadlineSubjectTests
{
    [Theory]
    [InlineData("The Soviet Union sought to induce Japan to abandon its claims. In 1956, it hinted at the possibility of returning two islands.", "The Soviet Union hints at the possibility of returning two islands")]
    [InlineData("In addition, the Soviet Union pledged to support Japan for UN membership.\n\nIn 1956 it hinted at returning two islands.", "The Soviet Union hints at returning two islands")]
    [InlineData("In September 1992, Russian president Boris Yeltsin postponed a scheduled visit to Japan. The visit took place on October 11, 1993.", "Boris Yeltsin's visit to Japan takes place")]
    [InlineData("In 1960 the Soviet government declared that it would not hand over the Habomai Islands and Shikotan. In 1964 the Soviet Union offered to return these islands unconditionally.", "The Soviet Union offers to return the Habomai Islands and Shikotan unconditionally")]
    [InlineData("In 1960 the Soviet government declared that it would not hand over the Habomai Islands and Shikotan. In 1964 the Soviet Union offered to return these islands unconditionally if the United States ended its military presence on Okinawa and the main islands of Japan.", "The Soviet Union offers to return the Habomai Islands and Shikotan unconditionally")]
    [InlineData("Andrei Gromyko arrived in Tokyo for talks with the foreign minister. On 10 January 1972 he signed a consular agreement.", "Andrei Gromyko signs a consular agreement")]
    [InlineData("Nikolai Rezanov sailed to Nagasaki with the Nadezhda. In 1804 he asked the shogunate to open trade.", "Nikolai Rezanov asks the shogunate to open trade")]
    [InlineData("The Treaty of Saint Petersburg (in Russian, Петербургский договор) was signed on 7 May 1875, and its ratifications were exchanged at Tokyo on 22 August 1875.", "The Treaty of Saint Petersburg's ratifications are exchanged at Tokyo")]
    [InlineData("The Battle of Shumshu, the first stage of the invasion of the Kuril Islands, began the campaign. It took place from 18 to 23 August 1945.", "The Battle of Shumshu takes place")]
    [InlineData("Japan worked hard to show a close identity of views with Washington.\n\nThis economic cooperation was interrupted in 1980.", "The economic cooperation is interrupted")]
    [InlineData("The Treaty of Saint Petersburg between the Empire of Japan and the Russian Empire was signed on 7 May 1875, and its ratifications were exchanged at Tokyo on 22 August 1875.", "The Treaty of Saint Petersburg's ratifications are exchanged at Tokyo")]
    [InlineData("The ministers met in Tokyo. In March 2017 our foreign and defence ministers resumed their consultations in the two-plus-two format.", "The foreign and defence ministers resume their consultations in the two-plus-two format")]
    public void SubjectThatOnlyPointsIsStated(string text, string expected)
    {
        var document = Annotations.Document(text);
        var mention = EventExtractor.Extract(document, PassageSplitter.Split(document.Text))[^1];
        Assert.Equal(expected, mention.Title);
        Assert.True(TitleReadability.IsReadable(mention.Title), string.Join(", ", TitleReadability.Check(mention.Title)));
    }
}
