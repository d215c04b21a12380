using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using JapanRussia.Core.Search;
using Microsoft.Data.Sqlite;

namespace JapanRussia.Core.Tests.Search;

public sealed class FtsQueryTests
{
    private static readonly SqliteConnection Fts = OpenFts();

    [Theory]
    [InlineData("treaty", "\"treaty\"*")]
    [InlineData("treaty ", "\"treaty\"")]
    [InlineData("peace treaty", "\"peace\" AND \"treaty\"*")]
    [InlineData("kuri*", "\"kuri\"*")]
    [InlineData("kuri* islands ", "\"kuri\"* AND \"islands\"")]
    [InlineData("Kurile ", "(\"Kurile\" OR \"Kuril\" OR \"Kurils\" OR \"Kuriles\" OR \"Chishima\")")]
    [InlineData("\"joint declaration\"", "\"joint declaration\"")]
    [InlineData("\"joint declaration\" 1956", "\"joint declaration\" AND \"1956\"*")]
    [InlineData("Etorofu ", "(\"Etorofu\" OR \"Iturup\")")]
    [InlineData("USSR collapse ", "(\"USSR\" OR \"Soviet\" OR \"Soviets\") AND \"collapse\"")]
    [InlineData("NOT AND OR NEAR ", "\"NOT\" AND \"AND\" AND \"OR\" AND \"NEAR\"")]
    [InlineData("title:war ", "\"title\" AND \"war\"")]
    [InlineData("\"unclosed phrase", "\"unclosed phrase\"")]
    [InlineData("Keizō", "\"Keizō\"*")]
    [InlineData("halt", "(\"halt\"* OR {Title Excerpts} : (\"suspend\"* OR \"suspension\"* OR \"abandon\"* OR \"break off\"* OR \"broke off\"* OR \"broken off\"*))")]
    [InlineData("\"halt\" ", "\"halt\"")]
    [InlineData("\"Etorofu\" ", "(\"Etorofu\" OR \"Iturup\")")]
    public void UserTextBecomesQuotedTerms(string text, string expected) =>
        Assert.Equal(expected, FtsQuery.Build(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"")]
    [InlineData("*** ^^^ ()")]
    [InlineData(null)]
    public void TextWithoutWordsMatchesNothing(string? text) => Assert.Null(FtsQuery.Build(text));

    [Fact]
    public void PrefixStarAfterAPhraseMakesAPhrasePrefix() =>
        Assert.Equal("\"joint decl\"*", FtsQuery.Build("\"joint decl\"*"));

    [Fact]
    public void ALongTextIsCappedAtTheTermLimit()
    {
        var query = FtsQuery.Build(string.Join(' ', Enumerable.Range(0, 100).Select(i => "w" + i)));
        Assert.Equal(FtsQuery.MaxTerms, query!.Split(" AND ").Length);
    }

    [Property(MaxTest = 500)]
    public Property AnyTextGivesAQueryThatFts5Accepts() =>
        Prop.ForAll(Arbitraries(), text =>
        {
            var query = FtsQuery.Build(text);
            if (query is null)
            {
                return true;
            }

            using var command = Fts.CreateCommand();
            command.CommandText = "SELECT count(*) FROM t WHERE t MATCH $q";
            command.Parameters.AddWithValue("$q", query);
            command.ExecuteScalar();
            return true;
        });

    private static Arbitrary<string> Arbitraries()
    {
        // Plain strings, plus strings built from the characters FTS5 gives meaning to, so the dangerous cases are common.
        var syntax = Gen.Elements('"', '*', '(', ')', ':', '^', '-', '+', ' ', 'a', 'N', 'O', 'T', 'R', '\u0000', 'é', '\uE000', '{', '}', ',');
        var syntaxText = Gen.ArrayOf(syntax).Select(chars => new string(chars));
        var words = Gen.Elements("AND", "OR", "NOT", "NEAR", "NEAR(", "title:", "\"", "*", "kuril", "Soviet", "halt", "talks", "-", "^").ListOf().Select(w => string.Join(' ', w));
        return Gen.OneOf(ArbMap.Default.GeneratorFor<string>(), syntaxText, words).Where(s => s is not null).ToArbitrary();
    }

    private static SqliteConnection OpenFts()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            "CREATE VIRTUAL TABLE t USING fts5(EventId UNINDEXED, Title, Excerpts, Paragraphs, tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3');" +
            "INSERT INTO t VALUES ('e', 'Soviet Union', 'the Kuril islands and Iturup', 'talks were halted');";
        command.ExecuteNonQuery();
        return connection;
    }
}
