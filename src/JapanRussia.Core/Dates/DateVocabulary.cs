namespace JapanRussia.Core.Dates;

/// <summary>
/// The word tables the date recogniser runs on. Kept as data, apart from the grammar, so that a new spelling,
/// qualifier or count noun is a one-line change with no code to touch.
/// </summary>
internal static class DateVocabulary
{
    /// <summary>Full month names, January first. Index + 1 is the month number.</summary>
    public static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Abbreviations (with or without a full stop). Valid only next to a day or year number.</summary>
    public static readonly (string Word, int Month)[] MonthAbbreviations =
    [
        ("Jan", 1), ("Feb", 2), ("Mar", 3), ("Apr", 4), ("Jun", 6), ("Jul", 7), ("Aug", 8),
        ("Sep", 9), ("Sept", 9), ("Oct", 10), ("Nov", 11), ("Dec", 12),
    ];

    /// <summary>Misspellings seen in real sources that edit distance 1 does not reach.</summary>
    public static readonly (string Word, int Month)[] MonthMisspellings =
    [
        ("Feburary", 2), ("Febuary", 2), ("Janaury", 1), ("Agust", 8), ("Setpember", 9), ("Ocotber", 10),
        ("Novmeber", 11), ("Decmeber", 12), ("Semptember", 9),
    ];

    /// <summary>Fuzzy matching needs a name long enough that one edit cannot turn it into a common word.</summary>
    public const int FuzzyMonthMinLength = 5;

    /// <summary>Monday first, matching <see cref="DayOfWeek"/> via (index + 1) % 7.</summary>
    public static readonly string[] WeekdayNames =
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ];

    /// <summary>
    /// Capitalised words that may stand before a bare weekday without making it part of a name
    /// ("On Sunday" is a day; "Black Monday" and "Easter Sunday" are not resolved).
    /// </summary>
    public static readonly string[] WeekdayLeadWords =
    [
        "On", "Last", "This", "Next", "By", "Since", "Until", "Before", "After", "From", "Early", "Late", "Said",
    ];

    /// <summary>Words before a bare month name that make it a date ("in February", "until March").</summary>
    public static readonly string[] BareMonthLeadWords =
    [
        "in", "during", "since", "until", "till", "by", "from", "early", "late", "mid", "last", "next",
        "throughout", "before", "after", "through", "of",
    ];

    /// <summary>
    /// Hedges written before a date, longest first. Outer qualifiers (by, after, c.) bound a date; inner ones
    /// (early, mid, late, halves) place an event within it. Labels are what the recogniser prints.
    /// </summary>
    public static readonly QualifierPhrase[] QualifierPhrases =
    [
        new(["as", "early", "as"], DateQualifier.Before, QualifierRole.Outer, "by"),
        new(["no", "later", "than"], DateQualifier.Before, QualifierRole.Outer, "by"),
        new(["not", "later", "than"], DateQualifier.Before, QualifierRole.Outer, "by"),
        new(["by"], DateQualifier.Before, QualifierRole.Outer, "by"),
        new(["before"], DateQualifier.Before, QualifierRole.Outer, "before"),
        new(["until"], DateQualifier.Before, QualifierRole.Outer, "until"),
        new(["till"], DateQualifier.Before, QualifierRole.Outer, "until"),
        new(["after"], DateQualifier.After, QualifierRole.Outer, "after"),
        new(["since"], DateQualifier.After, QualifierRole.Outer, "since"),
        new(["c", "."], DateQualifier.Circa, QualifierRole.Outer, "c."),
        new(["ca", "."], DateQualifier.Circa, QualifierRole.Outer, "c."),
        new(["circa"], DateQualifier.Circa, QualifierRole.Outer, "c."),
        new(["around"], DateQualifier.Circa, QualifierRole.Outer, "c."),
        new(["approximately"], DateQualifier.Circa, QualifierRole.Outer, "c."),
        new(["roughly"], DateQualifier.Circa, QualifierRole.Outer, "c."),
        new(["first", "half", "of"], DateQualifier.Early, QualifierRole.FirstHalf, "first half of"),
        new(["second", "half", "of"], DateQualifier.Late, QualifierRole.SecondHalf, "second half of"),
        new(["latter", "half", "of"], DateQualifier.Late, QualifierRole.SecondHalf, "second half of"),
        new(["beginning", "of"], DateQualifier.Early, QualifierRole.Inner, "beginning of"),
        new(["start", "of"], DateQualifier.Early, QualifierRole.Inner, "beginning of"),
        new(["middle", "of"], DateQualifier.Mid, QualifierRole.Inner, "middle of"),
        new(["end", "of"], DateQualifier.Late, QualifierRole.Inner, "end of"),
        new(["early", "in"], DateQualifier.Early, QualifierRole.Inner, "early"),
        new(["late", "in"], DateQualifier.Late, QualifierRole.Inner, "late"),
        new(["early"], DateQualifier.Early, QualifierRole.Inner, "early"),
        new(["mid", "-"], DateQualifier.Mid, QualifierRole.Inner, "mid-"),
        new(["mid", "–"], DateQualifier.Mid, QualifierRole.Inner, "mid-"),
        new(["mid"], DateQualifier.Mid, QualifierRole.Inner, "mid-"),
        new(["late"], DateQualifier.Late, QualifierRole.Inner, "late"),
    ];

    /// <summary>
    /// Nouns that make a preceding year-like number a count ("2000 troops", "1500 km"), and multipliers
    /// ("2000 million"). Compared case-insensitively.
    /// </summary>
    public static readonly string[] CountNouns =
    [
        "troops", "soldiers", "people", "persons", "men", "women", "children", "islands", "km", "kilometres",
        "kilometers", "miles", "metres", "meters", "m", "ft", "feet", "tons", "tonnes", "t", "kg", "yen",
        "dollars", "rubles", "roubles", "euros", "pounds", "usd", "jpy", "rub", "ships", "vessels", "boats",
        "aircraft", "planes", "tanks", "workers", "residents", "inhabitants", "households", "families",
        "companies", "firms", "units", "pages", "copies", "votes", "members", "delegates", "times", "years",
        "months", "days", "hours", "hrs", "minutes", "weeks", "decades", "prisoners", "refugees", "casualties",
        "dead", "killed", "wounded", "visitors", "tourists", "students", "fishermen", "percent", "per",
        "million", "billion", "trillion", "thousand", "hundred", "mw", "gw", "kw", "barrels", "cubic",
        "square", "sq", "hectares", "acres", "items", "cases", "points", "meetings", "projects",
    ];

    /// <summary>Words before a number that make it an identifier or a page, not a year ("No. 1956", "p. 1956").</summary>
    public static readonly string[] IdentifierLeadWords =
    [
        "no", "nos", "number", "p", "pp", "page", "pages", "isbn", "issn", "article", "art", "section", "sec",
        "vol", "volume", "chapter", "ch", "resolution", "flight", "route", "highway", "room", "suite", "apt",
        "box", "tel", "phone", "fax", "item", "fig", "figure", "table", "decree", "paragraph", "para",
        "platform", "gate", "hull", "serial",
    ];

    /// <summary>Currency signs before a number make it money.</summary>
    public const string CurrencySigns = "$€£¥₽₩";

    /// <summary>A number followed by one of these words (optionally after a name) is a street address.</summary>
    public static readonly string[] StreetWords =
    [
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr", "way",
        "place", "pl", "square", "highway", "prospekt", "ulitsa", "dori", "chome",
    ];

    /// <summary>Line openers that mark page furniture (bylines, modification stamps), not narrative dates.</summary>
    public static readonly string[][] FurnitureOpeners =
    [
        ["page", "last", "modified"], ["last", "modified"], ["last", "updated"], ["posted"], ["updated"],
        ["published"], ["modified"], ["date", "posted"], ["first", "published"],
    ];

    /// <summary>Ordinal words for the centuries the recogniser accepts (years 1000..2100).</summary>
    public static readonly (string[] Words, int Century)[] CenturyOrdinals =
    [
        (["eleventh"], 11), (["twelfth"], 12), (["thirteenth"], 13), (["fourteenth"], 14), (["fifteenth"], 15),
        (["sixteenth"], 16), (["seventeenth"], 17), (["eighteenth"], 18), (["nineteenth"], 19),
        (["twentieth"], 20), (["twenty", "-", "first"], 21), (["twenty", "first"], 21),
    ];

    /// <summary>Small cardinal words used in relative phrases ("the next three years", "a decade after").</summary>
    public static readonly (string Word, int Value)[] NumberWords =
    [
        ("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
        ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("fifteen", 15),
        ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50),
    ];

    /// <summary>"the following year" (+1), "the previous year" (-1), "the same year" (0).</summary>
    public static readonly (string Word, int Offset)[] RelativeYearWords =
    [
        ("following", 1), ("next", 1), ("subsequent", 1), ("previous", -1), ("preceding", -1), ("same", 0),
    ];

    /// <summary>
    /// Well-known events an offset can hang on ("a decade after World War II"). Start and end years let
    /// "before" count back from the start and "after" count on from the end.
    /// </summary>
    public static readonly EventAnchor[] Events =
    [
        new(["World", "War", "II"], 1939, 1945),
        new(["World", "War", "Two"], 1939, 1945),
        new(["World", "War", "2"], 1939, 1945),
        new(["WWII"], 1939, 1945),
        new(["WW2"], 1939, 1945),
        new(["the", "Second", "World", "War"], 1939, 1945),
        new(["the", "war"], 0, 0),
        new(["World", "War", "I"], 1914, 1918),
        new(["World", "War", "One"], 1914, 1918),
        new(["WWI"], 1914, 1918),
        new(["the", "First", "World", "War"], 1914, 1918),
        new(["the", "Russo", "-", "Japanese", "War"], 1904, 1905),
        new(["the", "Russo", "–", "Japanese", "War"], 1904, 1905),
        new(["the", "Meiji", "Restoration"], 1868, 1868),
        new(["the", "Bolshevik", "Revolution"], 1917, 1917),
        new(["the", "Russian", "Revolution"], 1917, 1917),
        new(["the", "October", "Revolution"], 1917, 1917),
        new(["the", "fall", "of", "the", "Berlin", "Wall"], 1989, 1989),
        new(["the", "collapse", "of", "the", "Soviet", "Union"], 1991, 1991),
        new(["the", "dissolution", "of", "the", "Soviet", "Union"], 1991, 1991),
        new(["the", "breakup", "of", "the", "Soviet", "Union"], 1991, 1991),
    ];
}

/// <summary>How a qualifier phrase bears on the date after it.</summary>
internal enum QualifierRole
{
    /// <summary>Bounds the date from outside: by, after, until, c.</summary>
    Outer,

    /// <summary>Places the event inside the date: early, mid, late.</summary>
    Inner,

    /// <summary>The first half of the date's span, exactly.</summary>
    FirstHalf,

    /// <summary>The second half of the date's span, exactly.</summary>
    SecondHalf,
}

internal sealed record QualifierPhrase(string[] Words, DateQualifier Qualifier, QualifierRole Role, string Label);

/// <summary>An event with known years; a start or end of 0 means "too vague to anchor on".</summary>
internal sealed record EventAnchor(string[] Words, int StartYear, int EndYear);
