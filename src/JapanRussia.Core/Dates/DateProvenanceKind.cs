namespace JapanRussia.Core.Dates;

/// <summary>How a date was obtained from its source, strongest first: a lower value is better evidence.</summary>
public enum DateProvenanceKind
{
    /// <summary>The source writes the whole date ("19 October 1956").</summary>
    Stated,

    /// <summary>The source gives both calendars ("27 May [O.S. 14 May] 1905"); the New Style date is the one shown.</summary>
    DualDated,

    /// <summary>The source gives only an Old Style (Julian) date, converted to the Gregorian calendar.</summary>
    Converted,

    /// <summary>The source leaves out the year ("in May"), supplied by a date stated before or by the report's date.</summary>
    Completed,

    /// <summary>Counted from a weekday or a relative phrase ("on Sunday", "the following year") and an anchor date.</summary>
    WorkedOut,
}
