using System.Text.Json;
using System.Text.Json.Serialization;
using JapanRussia.Core.Export;

namespace JapanRussia.Web.Api;

/// <summary>
/// The API's answers, their serialisation made at compile time: a page of 200 events is written without reflection.
/// Web defaults (camelCase), as the HTTP options the context is chained into, so the shape is the one the export shares.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(EventPage))]
[JsonSerializable(typeof(EventDocument))]
[JsonSerializable(typeof(SourceList))]
[JsonSerializable(typeof(SourceDetail))]
[JsonSerializable(typeof(EraList))]
[JsonSerializable(typeof(TopicList))]
[JsonSerializable(typeof(HealthReport))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
