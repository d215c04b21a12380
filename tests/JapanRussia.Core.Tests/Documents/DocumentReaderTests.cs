using System.Text;
using JapanRussia.Core.Documents;

namespace JapanRussia.Core.Tests.Documents;

public sealed class DocumentReaderTests
{
    [Fact]
    public void CrlfLineEndsAreStoredAsLf()
    {
        var document = DocumentReader.Read("a.txt", Encoding.UTF8.GetBytes("Title\r\n\r\nIn 1956 they signed.\r\n"));

        Assert.Equal("Title\n\nIn 1956 they signed.\n", document.Text);
    }

    [Fact]
    public void Utf16WithByteOrderMarkIsDecoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Сахалин\n\nIn 1905 the war ended.")).ToArray();

        var document = DocumentReader.Read("a.txt", bytes);

        Assert.Equal("Сахалин", document.Title);
        Assert.Contains("1905", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1TextThatIsNotUtf8IsDecodedAsLatin1()
    {
        var bytes = Encoding.Latin1.GetBytes("Détente\n\nThe détente of 1972.");

        var document = DocumentReader.Read("a.txt", bytes);

        Assert.Equal("Détente", document.Title);
    }

    [Fact]
    public void Utf8ByteOrderMarkIsNotPartOfTheText()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Keizō Obuchi")).ToArray();

        Assert.Equal("Keizō Obuchi", DocumentReader.Read("a.txt", bytes).Text);
    }

    [Fact]
    public void BinaryFileIsRefusedWithAReason()
    {
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)(i % 7 == 0 ? 0 : i % 256)).ToArray();

        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read("image.txt", bytes));

        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t ")]
    public void EmptyFileIsRefusedWithAReason(string text)
    {
        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read("empty.txt", Encoding.UTF8.GetBytes(text)));

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StrayControlCharactersBecomeSpacesSoOffsetsStayPut()
    {
        var document = DocumentReader.Read("a.txt", Encoding.UTF8.GetBytes("Title\n\nIn\u00001956\u0007they met."));

        Assert.Equal("Title\n\nIn 1956 they met.", document.Text);
    }

    [Fact]
    public void SameBytesGiveTheSameHashAndDifferentBytesADifferentOne()
    {
        var a = DocumentReader.Read("a.txt", Encoding.UTF8.GetBytes("One text"));
        var b = DocumentReader.Read("b.txt", Encoding.UTF8.GetBytes("One text"));
        var c = DocumentReader.Read("a.txt", Encoding.UTF8.GetBytes("One text."));

        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.NotEqual(a.ContentHash, c.ContentHash);
    }
}
