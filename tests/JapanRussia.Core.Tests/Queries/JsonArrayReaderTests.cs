using System.Text;
using System.Text.Json;
using JapanRussia.Core.Queries;
using Microsoft.Data.Sqlite;

namespace JapanRussia.Core.Tests.Queries;

public sealed class JsonArrayReaderTests
{
    public static TheoryData<string, string[]> StringArrays => new()
    {
        { "[]", [] },
        { "[\"\"]", [""] },
        { "[\"territory\",\"trade\"]", ["territory", "trade"] },
        { "[\"say \\\"no\\\"\"]", ["say \"no\""] },
        { "[\"C:\\\\docs\\\\a.txt\"]", ["C:\\docs\\a.txt"] },
        { "[\"\\u65e5\\u672c \\ud83d\\uddfe\"]", ["日本 🗾"] },
        { "[\"日本とロシア 🗾\"]", ["日本とロシア 🗾"] },
        { "[\"line\\nbreak\\ttab\\u0000nul\"]", ["line\nbreak\ttab\0nul"] },
        { "[\"</script>\",\"]\",\"[\",\",\"]", ["</script>", "]", "[", ","] },
    };

    private static readonly string[] HostileStrings =
    [
        string.Empty,
        "plain",
        "quote \" and 'apostrophe'",
        "back\\slash \\\" \\u0041",
        "日本とロシア, Курильские острова 🗾",
        "control \n \r \t \u0001 \0 end",
        "json_array(\"x\"), [1,2] {\"a\":1}",
    ];

    [Theory]
    [MemberData(nameof(StringArrays))]
    public void StringArraysAreReadWithTheirEscapesUndone(string json, string[] expected) =>
        Assert.Equal(expected, JsonArrayReader.Strings(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("\"a\"")]
    [InlineData("[\"a\"")]
    [InlineData("[1]")]
    [InlineData("[null]")]
    [InlineData("[[\"a\"]]")]
    public void AnythingButAnArrayOfStringsIsRefused(string json) =>
        Assert.ThrowsAny<JsonException>(() => JsonArrayReader.Strings(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void RowsWithMoreColumnsThanExpectedAreRefused() =>
        Assert.ThrowsAny<JsonException>(() =>
        {
            var reader = new JsonArrayReader("[[1,\"a\",2]]"u8);
            reader.Next();
            reader.NextInt32();
            reader.NextString();
            reader.End();
        });

    [Fact]
    public void RowsBuiltBySqliteReadBackAsStored()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "CREATE TABLE t (n INTEGER NOT NULL, s TEXT NOT NULL)");
        var expected = HostileStrings.Select((s, i) => (i * 1000, s)).ToList();
        foreach (var (n, s) in expected)
        {
            Execute(connection, "INSERT INTO t VALUES ($n, $s)", ("$n", n), ("$s", s));
        }

        var read = new List<(int, string)>();
        var reader = new JsonArrayReader(GroupArray(connection, "SELECT json_group_array(json_array(n, s)) FROM (SELECT n, s FROM t ORDER BY n)"));
        while (reader.Next())
        {
            read.Add((reader.NextInt32(), reader.NextString()));
            reader.End();
        }

        Assert.Equal(expected, read);
        Assert.Equal(expected.Select(e => e.Item2), JsonArrayReader.Strings(GroupArray(connection, "SELECT json_group_array(s) FROM (SELECT s FROM t ORDER BY n)")));
    }

    [Fact]
    public void SqliteGroupOfNoRowsIsAnEmptyArray()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "CREATE TABLE t (s TEXT NOT NULL)");
        var reader = new JsonArrayReader(GroupArray(connection, "SELECT json_group_array(json_array(s)) FROM t"));
        Assert.False(reader.Next());
        Assert.Empty(JsonArrayReader.Strings(GroupArray(connection, "SELECT json_group_array(s) FROM t")));
    }

    private static byte[] GroupArray(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return reader.GetFieldValue<byte[]>(0);
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
