namespace JapanRussia.Core.Reference;

/// <summary>
/// The Japanese era names from Reference/japanese-eras.json, each with its first day. <see cref="CalendarFrom"/> is the
/// day Japan took up the Gregorian calendar: before it, era years ran on the lunisolar calendar and do not line up with
/// Gregorian years, so no era year is given.
/// </summary>
public sealed record JapaneseEraTable(DateOnly CalendarFrom, IReadOnlyList<JapaneseEraDefinition> Eras);
