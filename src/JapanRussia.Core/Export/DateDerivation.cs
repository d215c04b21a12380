namespace JapanRussia.Core.Export;

/// <summary>
/// What a date that the source did not state in full was obtained from: the source's own words (<see cref="Phrase"/>:
/// "on Sunday", "27 May [O.S. 14 May] 1905"), the kind of anchor (publication-date, sentence-before, same-sentence,
/// earlier-sentence, earlier-paragraph, known-event, old-style-date) and that anchor's date ("21 March 2022", "14 May 1905").
/// </summary>
public sealed record DateDerivation(string? Phrase, string Anchor, string? AnchorDate);
