using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JapanRussia.Core.Reference;

/// <summary>Reads a JSON object of words as a case-insensitive lookup ("visits" finds the entry "Visits" too).</summary>
internal sealed class WordMapConverter<TValue> : JsonConverter<FrozenDictionary<string, TValue>>
{
    public override FrozenDictionary<string, TValue> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        (JsonSerializer.Deserialize<Dictionary<string, TValue>>(ref reader, options) ?? []).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public override void Write(Utf8JsonWriter writer, FrozenDictionary<string, TValue> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.ToDictionary(StringComparer.Ordinal), options);
}
