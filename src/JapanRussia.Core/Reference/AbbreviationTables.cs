namespace JapanRussia.Core.Reference;

/// <summary>Words that end with a full stop without ending a sentence (Reference/abbreviations.json).</summary>
/// <param name="NumberAbbreviations">Abbreviations only before a number ("Aug. 15", "No. 3").</param>
public sealed record AbbreviationTables(IReadOnlyList<string> Abbreviations, IReadOnlyList<string> NumberAbbreviations);
