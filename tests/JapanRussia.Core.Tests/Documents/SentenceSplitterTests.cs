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
        { "No stop at the end", ["No stop at the end"] },
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
