using System.Text;
using JapanRussia.Core.Export;

namespace JapanRussia.Core.Tests.Export;

public sealed class CsvEventWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData("=SUM(A1:A2)", "'=SUM(A1:A2)")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("=1,2", "\"'=1,2\"")]
    [InlineData("", "")]
    [InlineData("1956-10-19", "1956-10-19")]
    public void FieldsAreQuotedAndDefused(string value, string expected) => Assert.Equal(expected, CsvEventWriter.Field(value));

    [Fact]
    public async Task FileStartsWithABomAndAHeaderAndHasOneRowPerEvent()
    {
        var bytes = await WriteAsync(ExportSamples.Event(id: "a"), ExportSamples.Event(id: "b", excerpt: "Line one,\nline \"two\"."));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("id,start,end,precision,qualifier,label,title,era,topics,people,places,sources,date_provenance\r\n", text, StringComparison.Ordinal);
        var records = Parse(text);
        Assert.Equal(3, records.Count);
        Assert.Equal("002_x.txt#7: Line one,\nline \"two\".", records[2][11]);
        Assert.Equal("Moscow", records[1][10]);
    }

    [Fact]
    public async Task SeveralSourcesAreJoinedInOneCell()
    {
        var item = ExportSamples.Event() with
        {
            Sources =
            [
                new SourceDocumentReference("a.txt", "A", 1, 0, 3, "One"),
                new SourceDocumentReference("b.txt", "B", 2, 0, 3, "Two"),
            ],
        };
        var records = Parse(Encoding.UTF8.GetString((await WriteAsync(item))[3..]));
        Assert.Equal("a.txt#1: One | b.txt#2: Two", records[1][11]);
    }

    [Fact]
    public async Task NonAsciiTextSurvives()
    {
        var records = Parse(Encoding.UTF8.GetString((await WriteAsync(ExportSamples.Event(title: "Сахалин and Keizō")))[3..]));
        Assert.Equal("Сахалин and Keizō", records[1][6]);
    }

    private static async Task<byte[]> WriteAsync(params EventDocument[] events)
    {
        using var stream = new MemoryStream();
        await CsvEventWriter.WriteAsync(events, stream);
        return stream.ToArray();
    }

    /// <summary>A strict RFC 4180 reader: fails on anything a conforming writer would not produce.</summary>
    internal static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(text[i++]);
                    }
                }
            }

            if (i < text.Length && text[i] == ',')
            {
                record.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i += 2;
            }
            else
            {
                Assert.NotEqual('"', text[i]);
                field.Append(text[i++]);
            }
        }

        Assert.Empty(record);
        Assert.All(records, r => Assert.Equal(CsvEventWriter.Header.Count, r.Count));
        return records;
    }
}
