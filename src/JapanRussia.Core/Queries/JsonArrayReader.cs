using System.Text.Json;

namespace JapanRussia.Core.Queries;

/// <summary>
/// Reads the JSON arrays SQLite builds with <c>json_group_array</c> (of strings, numbers, or arrays of them) straight from
/// their UTF-8 bytes: no document tree and no UTF-16 copy of the whole array, which matters at 200 events a page.
/// </summary>
internal ref struct JsonArrayReader
{
    private Utf8JsonReader _json;

    public JsonArrayReader(ReadOnlySpan<byte> utf8)
    {
        _json = new Utf8JsonReader(utf8);
        if (!_json.Read() || _json.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected a JSON array.");
        }
    }

    /// <summary>
    /// Moves to the next element of the array being read, or returns false where that array ends. An element that is
    /// itself an array is entered: the calls that follow read its elements, until its end returns false.
    /// </summary>
    public bool Next() =>
        _json.Read() ? _json.TokenType != JsonTokenType.EndArray : throw new JsonException("The JSON array is not closed.");

    /// <summary>The next element of the array being read, as a string.</summary>
    public string NextString() => Next() ? CurrentString() : throw new JsonException("Expected a string.");

    /// <summary>The next element of the array being read, as a string or null.</summary>
    public string? NextStringOrNull() =>
        Next() ? (_json.TokenType == JsonTokenType.Null ? null : CurrentString()) : throw new JsonException("Expected a string or null.");

    /// <summary>The next element of the array being read, as a whole number.</summary>
    public int NextInt32() =>
        Next() && _json.TokenType == JsonTokenType.Number ? _json.GetInt32() : throw new JsonException("Expected a number.");

    /// <summary>Checks that the array being read ends here: a row with more columns than expected is an error, not data skipped.</summary>
    public void End()
    {
        if (Next())
        {
            throw new JsonException("Expected the end of the array.");
        }
    }

    /// <summary>A JSON array of strings.</summary>
    public static List<string> Strings(ReadOnlySpan<byte> utf8)
    {
        var reader = new JsonArrayReader(utf8);
        var strings = new List<string>();
        while (reader.Next())
        {
            strings.Add(reader.CurrentString());
        }

        return strings;
    }

    private string CurrentString() =>
        _json.TokenType == JsonTokenType.String ? _json.GetString()! : throw new JsonException("Expected a string.");
}
