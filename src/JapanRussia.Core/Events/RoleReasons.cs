namespace JapanRussia.Core.Events;

/// <summary>Why the role classifier gave a date its role: one sentence per rule, shown in tests and diagnostics.</summary>
internal static class RoleReasons
{
    public const string AfterPublication = "after the publication date";
    public const string TimelineEntry = "timeline entry";
    public const string BackgroundCue = "background cue earlier in the sentence";
    public const string TimeFrame = "time frame (as of, since, during, by…)";
    public const string Plan = "modal or future word before the date";
    public const string Quantity = "a quantity at that date, not a happening";
    public const string PageStamp = "a page's time stamp or navigation trail, not a happening";
    public const string NamedByDate = "a thing named by its date (the 1951 peace treaty)";
    public const string Occasion = "an occasion named with its date";
    public const string PassingReference = "named thing \"of <date>\" mentioned in passing";
    public const string SubordinateWithoutActor = "subordinate happening with no Japanese or Russian actor";
    public const string WhenClause = "the when-clause";
    public const string State = "a state of affairs, not a happening";
    public const string DatedClause = "dated clause";
    public const string LaterThanReport = "later than the date of the report";
    public const string HeadingDate = "dated by the heading above its paragraph";
    public const string DateLine = "dated by the date line at the top of its statement";
    public const string ContinuesLead = "goes on telling the day of the report's lead";
    public const string FinerDate = "a finer date in the sentence states the same happening";
}
