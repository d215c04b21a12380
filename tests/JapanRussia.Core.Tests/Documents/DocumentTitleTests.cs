using System.Text;
using JapanRussia.Core.Documents;

namespace JapanRussia.Core.Tests.Documents;

/// <summary>Titles are one line of single spaces, without bidirectional overrides, and at most 300 characters.</summary>
public sealed class DocumentTitleTests
{
    [Theory]
    [InlineData("Treaty of Shimoda", "Treaty of Shimoda")]
    [InlineData("  Treaty \t of\n\nShimoda  ", "Treaty of Shimoda")]
    [InlineData("Invoice \u202Efdp.exe", "Invoice fdp.exe")]
    [InlineData("\u2067Isolated\u2069 \u202Aembedded\u202C \u202Doverride\u202C", "Isolated embedded override")]
    [InlineData("Keeps marks \u200F and \u200E", "Keeps marks \u200F and \u200E")]
    [InlineData("Кунашир и Итуруп", "Кунашир и Итуруп")]
    [InlineData("\u202E", "")]
    public void ATitleIsTidied(string title, string expected) => Assert.Equal(expected, DocumentTitle.Tidy(title));

    [Fact]
    public void AMegabyteTitleIsCutAtAWordToTheLimit()
    {
        var title = DocumentTitle.Tidy(string.Concat(Enumerable.Repeat("Kuril ", 200_000)));

        Assert.InRange(title.Length, DocumentTitle.MaxLength / 2, DocumentTitle.MaxLength);
        Assert.EndsWith("Kuril…", title, StringComparison.Ordinal);
    }

    [Fact]
    public void AFrontMatterTitleIsTidiedWhenTheDocumentIsRead()
    {
        var text = "---\ntitle: \u202E" + new string('x', 2_000) + "\n---\nIn 1956 they met.\n";

        var document = DocumentReader.Read("long.md", Encoding.UTF8.GetBytes(text));

        Assert.Equal(DocumentTitle.MaxLength, document.Title.Length);
        Assert.DoesNotContain('\u202E', document.Title);
    }

    [Fact]
    public void ATitleOfOnlyControlsFallsBackToTheFileName()
    {
        var document = DocumentReader.Read("plain-name.md", Encoding.UTF8.GetBytes("---\ntitle: \u202E\u202C\n---\nThey met.\n"));

        Assert.Equal("plain-name", document.Title);
    }
}
