using System.Text.Json;
using System.Text.Json.Serialization;

namespace JapanRussia.Core.Reference;

/// <summary>Reads a JSON list of phrases as their words, longest phrase first, so that a match finds the longest phrase that fits.</summary>
internal sealed class LongestFirstPhrases : JsonConverter<IReadOnlyList<string[]>>
{
    public override IReadOnlyList<string[]> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        (JsonSerializer.Deserialize<List<string>>(ref reader, options) ?? [])
            .Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .OrderByDescending(p => p.Length)
            .ToList();

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string[]> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.Select(p => string.Join(' ', p)), options);
}
