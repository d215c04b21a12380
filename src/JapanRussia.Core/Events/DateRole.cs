namespace JapanRussia.Core.Events;

/// <summary>What a date does in its sentence; only a happening or an occasion becomes an event mention.</summary>
internal enum DateRole
{
    /// <summary>The date of the clause's happening ("In 1960 the Soviet government warned Japan").</summary>
    Happening,

    /// <summary>A happening named by a noun phrase of its own ("Putin's 2000 Tokyo visit", "an October 1973 meeting").</summary>
    Occasion,

    /// <summary>A time frame, a state of affairs or an earlier cause ("As of 2011", "since April 2013", "believed in 2014").</summary>
    Background,

    /// <summary>Something intended or expected, not (yet) happened ("would visit Japan in 1991", "by the end of the year").</summary>
    Plan,

    /// <summary>A name for something made at that date, mentioned in passing ("the 1951 peace treaty").</summary>
    Reference,
}

/// <summary>A date's role and the clause (tokens [ClauseStart, ClauseEnd)) that states its happening.</summary>
internal sealed record DateReading(DateSlot Slot, DateRole Role, int ClauseStart, int ClauseEnd, string Reason);
