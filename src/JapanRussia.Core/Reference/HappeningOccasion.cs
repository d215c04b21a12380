namespace JapanRussia.Core.Reference;

/// <summary>
/// A way to state a happening without naming it: any of <see cref="People"/> (gazetteer names), any of
/// <see cref="Places"/> (words) and a word of one of <see cref="Concepts"/> (merge-terms.json concepts), all within its days.
/// </summary>
public sealed record HappeningOccasion(IReadOnlyList<string>? People, IReadOnlyList<string>? Places, IReadOnlyList<string> Concepts);
