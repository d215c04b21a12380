using System.Text;
using FsCheck;
using FsCheck.Fluent;
using JapanRussia.Core.Documents;

namespace JapanRussia.Core.Tests.Documents;

public sealed class PassageSplitterTests
{
    [Theory]
    [InlineData("Title\r\n\r\nOn July 30, 1998, Keizō Obuchi took office.\r\n\r\nСахалин was divided in 1905.\r\n")]
    [InlineData("Japan–Russia relations\n\nOn July 30, 1998, Keizō Obuchi took office.\nСахалин (Sakhalin) was divided in 1905.\n")]
    [InlineData("# Heading\n\n- 1855: Treaty of Shimoda.\n- 1905: War ends.\n\nA paragraph wrapped\nover two lines.")]
    public void PassageOffsetsSliceTheStoredTextExactly(string raw)
    {
        var document = DocumentReader.Read("doc.md", Encoding.UTF8.GetBytes(raw));

        var passages = PassageSplitter.Split(document.Text);

        Assert.NotEmpty(passages);
        Assert.All(passages, p => Assert.Equal(p.Text, document.Text[p.Start..p.End]));
        Assert.Equal(Enumerable.Range(0, passages.Count), passages.Select(p => p.Ordinal));
    }

    [Fact]
    public void NonAsciiTextKeepsItsOffsets()
    {
        const string text = "Keizō Obuchi visited.\n\nСахалин, 1905.";

        var passages = PassageSplitter.Split(text);

        Assert.Equal(["Keizō Obuchi visited.", "Сахалин, 1905."], passages.Select(p => p.Text));
        Assert.Equal(text.IndexOf("Сахалин", StringComparison.Ordinal), passages[1].Start);
    }

    [Fact]
    public void KindsAreHeadingListItemParagraphAndCaption()
    {
        const string text = "Japan–Russia relations\n\n## Early years\n\n— 1855: Japan and Russia sign the Treaty of Shimoda, starting diplomatic relations.\n\n" +
                            "Negotiations resumed, however, and the Soviet Union and Japan signed a Joint Declaration on October 19, 1956, providing for the restoration of diplomatic relations and ending the war, and the Soviet Union pledged to support Japan for UN membership.\n\n" +
                            "Japanese soldiers in Siberia (1918–1922).\nJapanese painter Sesshū Tōyō commemorated on a 1956 Soviet stamp\n";

        var kinds = PassageSplitter.Split(text).Select(p => p.Kind).ToList();

        Assert.Equal([PassageKind.Heading, PassageKind.Heading, PassageKind.ListItem, PassageKind.Paragraph, PassageKind.Caption, PassageKind.Caption], kinds);
    }

    [Theory]
    [InlineData("In 1951 Japan signed the San Francisco Peace Treaty.", PassageKind.Paragraph)]
    [InlineData("4 February: The Japanese ultimatum to Russia expires.", PassageKind.Paragraph)]
    [InlineData("1855: Japan and Russia sign a treaty.", PassageKind.Paragraph)]
    [InlineData("Putin meets Abe in Vladivostok, September 2016.", PassageKind.Caption)]
    [InlineData("Japanese soldiers in Siberia (1918–1922).", PassageKind.Caption)]
    [InlineData("30 Jan 1902 Anglo-Japanese Alliance", PassageKind.Heading)]
    [InlineData("The United Kingdom and Japan signed the Alliance in London. The Alliance was announced on 12 February 1902.in wikipedia", PassageKind.Paragraph)]
    public void AShortPassageAfterTheLastLongOneIsACaptionUnlessItReportsOrIsATimelineEntry(string passage, PassageKind kind)
    {
        var text = "Title\n\n" + string.Join(' ', Enumerable.Repeat("The long paragraph of prose goes on about the islands and the treaty for many words.", 3)) +
                   "\n\nShort line one, a fragment\n\n" + passage + "\n\nShort line two, a fragment\n";

        var passages = PassageSplitter.Split(text);

        Assert.Equal(kind, Assert.Single(passages, p => p.Text == passage).Kind);
    }

    [Fact]
    public void OneParagraphPerLineTextGivesOnePassagePerLine()
    {
        const string text = "In 1904 the war began.\nIn 1905 it ended.\n[3] In 1956 ties resumed.";

        Assert.Equal(3, PassageSplitter.Split(text).Count);
    }

    [Fact]
    public void WrappedMarkdownParagraphIsOnePassage()
    {
        const string text = "The two countries signed a five-year trade agreement\nin January 1966 and a civil aviation agreement as well.";

        var passage = Assert.Single(PassageSplitter.Split(text));

        Assert.Equal(text, passage.Text);
    }

    [Fact]
    public void AnyTextSplitsIntoPassagesThatSliceItExactlyInOrder()
    {
        var texts = ArbMap.Default.GeneratorFor<string>()
            .Select(s => s ?? string.Empty)
            .Select(s => s.Replace('\r', '\n'))
            .ToArbitrary();

        Prop.ForAll(texts, text =>
        {
            var passages = PassageSplitter.Split(text);
            var previousEnd = 0;
            foreach (var passage in passages)
            {
                if (passage.Start < previousEnd || passage.End > text.Length || text[passage.Start..passage.End] != passage.Text || passage.Text.Length == 0)
                {
                    return false;
                }

                previousEnd = passage.End;
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AChronologysEntryRunsOverItsShortLinesUntilTheNextEntryOrSectionLabel()
    {
        const string text = "MAY 1904\nNaval Operations.\n==May.02-03.[night] > The\nthird Japanese attempt to seal Port Arthur harbor\nfails, but Togo\nreports it a success\nPort Arthur Front.\n==May.05 > The Japanese 2nd Army\nlands unopposed near the Kwantung Peninsula\n==Background==\nText.";

        var passages = PassageSplitter.Split(text);
        var entry = Assert.Single(passages, p => p.Text.StartsWith("==May.02", StringComparison.Ordinal));
        var sentences = SentenceSplitter.Split(text, entry.Start, entry.End);

        Assert.Equal(PassageKind.ListItem, entry.Kind);
        Assert.Equal("==May.02-03.[night] > The\nthird Japanese attempt to seal Port Arthur harbor\nfails, but Togo\nreports it a success", text[sentences[0].Start..sentences[0].End]);
        Assert.Contains(passages, p => p.Text == "Port Arthur Front.");
        Assert.Contains(passages, p => p.Kind == PassageKind.ListItem && p.Text.StartsWith("==May.05 > The Japanese 2nd Army\nlands", StringComparison.Ordinal));
        Assert.DoesNotContain(passages, p => p.Kind == PassageKind.ListItem && p.Text.StartsWith("==Background", StringComparison.Ordinal));
    }
}
