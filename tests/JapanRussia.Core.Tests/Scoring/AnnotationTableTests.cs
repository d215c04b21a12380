using JapanRussia.Core.Scoring;

namespace JapanRussia.Core.Tests.Scoring;

public sealed class AnnotationTableTests
{
    [Fact]
    public void ARowOfTheCorpusFormatCarriesGroupRequiredAndTopics()
    {
        var rows = AnnotationTable.Parse(
            ["# comment", "", "a.txt\t1956-10-19\tday\tsigned a Joint Declaration\tjoint-declaration-1956\tno\tterritory,treaties-and-agreements"], "t.tsv");

        var row = Assert.Single(rows);
        Assert.Equal(("a.txt", "1956-10-19", "day", "joint-declaration-1956", false), (row.Document, row.Start, row.Precision, row.Group, row.Required));
        Assert.Equal(["territory", "treaties-and-agreements"], row.Topics);
    }

    [Fact]
    public void ASeedTableRowIsRequiredAndItsOwnGroup()
    {
        var rows = AnnotationTable.Parse(["a.txt\t1855\tyear\tsign the Treaty of Shimoda", "b.txt\t1855\tyear\tin 1855"], "t.tsv");

        Assert.All(rows, r => Assert.True(r.Required));
        Assert.NotEqual(rows[0].Group, rows[1].Group);
    }

    [Theory]
    [InlineData("a.txt\t1855\tweekly\tsign", "t.tsv:2: unknown precision 'weekly'")]
    [InlineData("a.txt\t18555\tyear\tsign", "t.tsv:2: a row needs a document, a start")]
    [InlineData("a.txt\t1855\tyear\tsign\tgroup\tmaybe", "t.tsv:2: required must be 'yes' or 'no'")]
    [InlineData("a.txt\t1855\tyear", "t.tsv:2: expected 4 or 6–7 tab-separated columns, found 3")]
    public void ABadRowIsRefusedWithItsLineAndWhy(string line, string message)
    {
        var error = Assert.Throws<FormatException>(() => AnnotationTable.Parse(["# header", line], "t.tsv"));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
