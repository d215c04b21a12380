using JapanRussia.Core.Documents;

namespace JapanRussia.Core.Tests.Documents;

public sealed class SentenceSplitterTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        { "Japan defeats Russia. U.S. President Theodore Roosevelt mediates.", ["Japan defeats Russia.", "U.S. President Theodore Roosevelt mediates."] },
        { "The U.S. mediated. Talks ended.", ["The U.S. mediated.", "Talks ended."] },
        { "A meeting with Leonid I. Brezhnev took place. Then talks stalled.", ["A meeting with Leonid I. Brezhnev took place.", "Then talks stalled."] },
        { "Tokyo's Aug. 15 surrender ended it. Then peace came.", ["Tokyo's Aug. 15 surrender ended it.", "Then peace came."] },
        { "It was caused by a \"stray bullet\".[1] On 28 September 2006, Lavrov spoke.", ["It was caused by a \"stray bullet\".[1]", "On 28 September 2006, Lavrov spoke."] },
        { "He said \"no.\" Then he left.", ["He said \"no.\"", "Then he left."] },
        { "Prices rose 2.5 percent. Exports fell.", ["Prices rose 2.5 percent.", "Exports fell."] },
        { "Line one\nLine two", ["Line one", "Line two"] },
        { "1855\n: Japan and Russia signed a treaty.\n1875\n: They exchanged islands.", ["1855\n: Japan and Russia signed a treaty.", "1875\n: They exchanged islands."] },
        { "No stop at the end", ["No stop at the end"] },
        {
            "The Russian naval officer Martin Spangberg advanced southward through the Kurile Islands in\n1738 (Genbun 3) in search of a sea route.\n1739 The expedition returned.",
            ["The Russian naval officer Martin Spangberg advanced southward through the Kurile Islands in\n1738 (Genbun 3) in search of a sea route.", "1739 The expedition returned."]
        },
        { "The envoys of both courts travelled for many weeks to reach the\nport of Nagasaki in 1853, where they waited.", ["The envoys of both courts travelled for many weeks to reach the\nport of Nagasaki in 1853, where they waited."] },
        { "A short title without a stop\nThe text begins here.", ["A short title without a stop", "The text begins here."] },
        { "A long heading of a page that ends without any stop at all\n\nThe text begins here.", ["A long heading of a page that ends without any stop at all", "The text begins here."] },
        { "A long line of a chronology that ends without any stop at all\n1905 The war ended.", ["A long line of a chronology that ends without any stop at all", "1905 The war ended."] },
        { "It sank on 27 May [O.S. 14 May] 1905, and the war ended. Peace came.", ["It sank on 27 May [O.S. 14 May] 1905, and the war ended.", "Peace came."] },
        { "It was signed on 7 February (N.S.) 1855. Ports opened.", ["It was signed on 7 February (N.S.) 1855.", "Ports opened."] },
        { "It was signed on 25 January 1855 O.S. Ports opened.", ["It was signed on 25 January 1855 O.S. Ports opened."] },
        { "The treaty (see Vol. II. Ch. 3) was signed. Ports opened.", ["The treaty (see Vol. II. Ch. 3) was signed.", "Ports opened."] },
        { "The fleet (it had sailed from the Baltic. It was tired) sank. Peace came.", ["The fleet (it had sailed from the Baltic. It was tired) sank.", "Peace came."] },
        { "A bracket opens (and never closes. Then a sentence. And another.", ["A bracket opens (and never closes.", "Then a sentence.", "And another."] },
        { "1875. Japan and Russia exchanged Sakhalin for the Kurils. It was peaceful.", ["1875. Japan and Russia exchanged Sakhalin for the Kurils.", "It was peaceful."] },
        { "**1855**. Japan and Russia signed a treaty.", ["**1855**. Japan and Russia signed a treaty."] },
        { "Trade grew in 1875. Japan gained the Kurils.", ["Trade grew in 1875.", "Japan gained the Kurils."] },
        { "The talks ended at 3 p.m. Then the leaders left.", ["The talks ended at 3 p.m. Then the leaders left."] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void SentencesAreSplitAtRealSentenceEndsOnly(string text, string[] expected)
    {
        var spans = SentenceSplitter.Split(text, 0, text.Length);

        Assert.Equal(expected, spans.Select(s => text[s.Start..s.End]));
    }

    [Fact]
    public void SpansAreOffsetsIntoTheWholeText()
    {
        const string text = "Heading\n\nFirst one. Second one.";
        var start = text.IndexOf('F', StringComparison.Ordinal);

        var spans = SentenceSplitter.Split(text, start, text.Length);

        Assert.Equal(["First one.", "Second one."], spans.Select(s => text[s.Start..s.End]));
    }
}
