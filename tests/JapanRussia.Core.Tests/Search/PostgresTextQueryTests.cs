using JapanRussia.Core.Search;

namespace JapanRussia.Core.Tests.Search;

/// <summary>What a reader types, through FtsQuery, as PostgreSQL's tsquery: the same terms, phrases, prefixes and variants.</summary>
public sealed class PostgresTextQueryTests
{
    [Theory]
    [InlineData("treaty ", "'treaty'")]
    [InlineData("treat", "'treat':*")]
    [InlineData("kuri*", "'kuri':*")]
    [InlineData("Kuril ", "('Kuril' | 'Kurile' | 'Kurils' | 'Kuriles' | 'Chishima')")]
    [InlineData("\"joint declaration\"", "('joint' <-> 'declaration')")]
    [InlineData("\"joint declaration\"*", "('joint' <-> 'declaration':*)")]
    [InlineData("Kunashiri treaty", "('Kunashiri' | 'Kunashir') & 'treaty':*")]
    [InlineData("it's", "'it' & 's':*")]
    public void FtsQueriesBecomeTheSameTsQueries(string typed, string expected)
    {
        Assert.Equal(expected, PostgresTextQuery.FromFts(FtsQuery.Build(typed)!));
    }

    [Theory]
    [InlineData("(\"halt\" OR {Title Excerpts} : (\"suspend\" OR \"abandon\"))", "('halt' | ('suspend':AB | 'abandon':AB))")]
    [InlineData("{Title Excerpts} : \"talks\"* AND \"treaty\"", "'talks':*AB & 'treaty'")]
    [InlineData("{Paragraphs} : \"joint declaration\"", "('joint':C <-> 'declaration':C)")]
    public void ColumnFiltersBecomeWeights(string fts, string expected)
    {
        Assert.Equal(expected, PostgresTextQuery.FromFts(fts));
    }

    [Theory]
    [InlineData("DROP TABLE")]
    [InlineData("a & b | !c")]
    [InlineData("'quoted' <-> x:*")]
    public void OperatorsTypedByAReaderStayWords(string typed)
    {
        var query = PostgresTextQuery.FromFts(FtsQuery.Build(typed)!);
        Assert.DoesNotContain("!", query, StringComparison.Ordinal);
        Assert.DoesNotContain("<->", query, StringComparison.Ordinal);
        Assert.All(query.Split(" & "), term => Assert.StartsWith("'", term.TrimStart('('), StringComparison.Ordinal));
    }
}
