using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JapanRussia.Core.Reference;

/// <summary>Reads a JSON list of words as a case-insensitive set: the engine looks its word tables up, it never lists them.</summary>
internal sealed class WordSetConverter : JsonConverter<FrozenSet<string>>
{
    public override FrozenSet<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        (JsonSerializer.Deserialize<List<string>>(ref reader, options) ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public override void Write(Utf8JsonWriter writer, FrozenSet<string> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.Order(StringComparer.Ordinal), options);
}
