namespace JapanRussia.Core.Queries;

/// <summary>
/// One source of a <see cref="TimelineEntry"/> as a card shows it without opening it: how it is cited, the sentence
/// that states the event, and the date as this source gives it (side by side with the others' when they disagree).
/// </summary>
public sealed record TimelineEntrySource(string Citation, string DocumentFileName, int Passage, string Excerpt, string? DateLabel);
