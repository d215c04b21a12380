using System.Globalization;
using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Dates;

/// <summary>
/// Reads the dates of Russian history before 1918 that carry the Julian calendar: dual dates ("27 May [O.S. 14 May]
/// 1905", "April 25 (May 7), 1875", "14 (26) May 1905") and dates marked Old Style ("14 May 1905 (O.S.)"). The
/// Gregorian date is the event's date; the Julian one is kept as what the source said. Without a calendar marker, two
/// days count as a dual date only when the calendars' difference in that year (give or take a day) separates them, so
/// "5 May (8 May) 1905" is not read as one. Runs before the <see cref="DateGrammar"/>, which would read half of the pair.
/// </summary>
internal sealed class OldStyleDates(string text, List<Token> tokens) : TokenCursor(text, tokens)
{
    /// <summary>Tokens from a date's first to its bracket or marker at most: "April 25 , 1875 (" or "14 – 15 May 1905 O".</summary>
    private const int SignLookahead = 7;

    private static readonly JulianCalendar Julian = new();

    private enum Calendar
    {
        Unmarked,
        Old,
        New,
    }

    /// <summary>A day (or a run of days, to LastDay) and month as written; Year 0 when the words leave the year out.</summary>
    private readonly record struct DayMonth(int Day, int Month, int Year = 0, int LastDay = 0)
    {
        public int ExtraDays => LastDay > Day ? LastDay - Day : 0;
    }

    /// <summary>
    /// A dual or marked date over tokens [FirstToken, EndToken): its first Gregorian day and how many days follow it
    /// ("27–28 May" has one), and the first Julian day the source gave (null when it gave none).
    /// </summary>
    public sealed record Reading(int FirstToken, int EndToken, DateOnly Gregorian, DateOnly? JulianDay, bool BothGiven, int ExtraDays = 0);

    /// <summary>
    /// The dual or Old Style date that starts at token <paramref name="i"/>, or null. A day or month without a year
    /// takes <paramref name="inheritYear"/>'s answer (the year the text stated before), or is not read.
    /// </summary>
    public Reading? ParseAt(int i, Func<int, int, int> inheritYear)
    {
        ArgumentNullException.ThrowIfNull(inheritYear);
        if (IsWord(i, "the") && TryDay(i + 1) > 0)
        {
            // "the 7th of May (25th of April …)": the article is not part of the date, but it must not hide it.
            return ParseAt(i + 1, inheritYear);
        }

        if (!StartsDate(i) || !CalendarSignNear(i) || ReadFirst(i, out var first, out var bracketDay, out var k) is false)
        {
            return null;
        }

        if (bracketDay > 0)
        {
            // "14 (26) May 1905": the bracket holds the other calendar's day of the same month.
            var year = ReadYear(ref k, first.Year);
            return Pair(i, k, first with { Year = year }, new DayMonth(bracketDay, first.Month, year), Calendar.Unmarked, inheritYear);
        }

        first = first with { Year = ReadYear(ref k, 0) };
        if (TryBracket(k, first, out var second, out var marker, out var afterBracket))
        {
            k = afterBracket;
            var year = first.Year != 0 ? first.Year : ReadYear(ref k, second.Year);
            first = first with { Year = year };
            return second.Day == 0
                ? Marked(i, k, first, marker, inheritYear)
                : Pair(i, k, first, second.Year != 0 ? second : second with { Year = year }, marker, inheritYear);
        }

        return MarkerAt(k, out var bare, out var afterMarker) && first.Year != 0 ? Marked(i, afterMarker, first, bare, inheritYear) : null;
    }

    private bool StartsDate(int i) =>
        i < Count && (Tokens[i].Kind == TokenKind.Number || (IsAnyWord(i) && char.IsUpper(Text[Tokens[i].Start])));

    /// <summary>
    /// A cheap look a few tokens ahead for a bracket or a word that could open a calendar marker ("O.S.", "Old Style",
    /// "NS"): without one nothing here is a dual or marked date, and the grammar reads the date alone.
    /// </summary>
    private bool CalendarSignNear(int i)
    {
        var last = Math.Min(Count - 1, i + SignLookahead);
        for (var k = i + 1; k <= last; k++)
        {
            if (IsSymbolIn(k, "([") || (IsAnyWord(k) && Text[Tokens[k].Start] is 'O' or 'o' or 'N' or 'n'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"14 May", "May 14", "14th of May", "14–15 May", or "14 (26) May" (the bracketed day returned apart).</summary>
    private bool ReadFirst(int i, out DayMonth first, out int bracketDay, out int end)
    {
        bracketDay = 0;
        if (TryDay(i) is var day and > 0 && IsSymbol(i + 1, '(') && TryDay(i + 2) is var other and > 0 && IsSymbol(i + 3, ')')
            && MonthAt(i + 4, out var month, out end))
        {
            first = new DayMonth(day, month);
            bracketDay = other;
            return true;
        }

        return TryDayMonth(i, out first, out end);
    }

    private bool TryDayMonth(int i, out DayMonth value, out int end)
    {
        value = default;
        end = i;
        if (TryDay(i) is var day and > 0)
        {
            var last = LastDayAt(i + 1, day);
            var m = last > 0 ? i + 3 : IsWord(i + 1, "of") ? i + 2 : i + 1;
            if (MonthAt(m, out var month, out end))
            {
                value = new DayMonth(day, month, LastDay: last);
                return true;
            }

            return false;
        }

        if (MonthAt(i, out var first, out var afterMonth) && TryDay(afterMonth) is var late and > 0)
        {
            var last = LastDayAt(afterMonth + 1, late);
            value = new DayMonth(late, first, LastDay: last);
            end = last > 0 ? afterMonth + 3 : afterMonth + 1;
            return true;
        }

        return false;
    }

    /// <summary>The last day of a run "–15" after a first day, or 0.</summary>
    private int LastDayAt(int dash, int firstDay) =>
        IsRangeDash(dash) && TryDay(dash + 1) is var last && last > firstDay ? last : 0;

    /// <summary>"(May 7)", "[O.S. 14 May]", "(26 May 1905 N.S.)", "(7)", or a bracket holding only a marker, "(O.S.)".</summary>
    private bool TryBracket(int k, DayMonth first, out DayMonth second, out Calendar marker, out int end)
    {
        second = default;
        end = k;
        marker = Calendar.Unmarked;
        if (!IsSymbolIn(k, "(["))
        {
            return false;
        }

        var close = Text[Tokens[k].Start] == '(' ? ')' : ']';
        var m = k + 1;
        if (MarkerAt(m, out var leading, out var afterLeading))
        {
            marker = leading;
            m = afterLeading;
        }

        if (TryDayMonth(m, out var inside, out var afterDate))
        {
            second = inside with { Year = ReadYear(ref afterDate, 0) };
            m = afterDate;
        }
        else if (TryDay(m) is var bare and > 0)
        {
            second = new DayMonth(bare, first.Month);
            m++;
        }

        // "(January 26, Old Style)": a comma may stand between the date and its marker.
        var beforeMarker = IsSymbol(m, ',') ? m + 1 : m;
        if (marker == Calendar.Unmarked && MarkerAt(beforeMarker, out var trailing, out var afterTrailing))
        {
            marker = trailing;
            m = afterTrailing;
        }

        if (!IsSymbol(m, close) || (second.Day == 0 && marker == Calendar.Unmarked))
        {
            return false;
        }

        end = m + 1;
        return true;
    }

    private int ReadYear(ref int k, int fallback)
    {
        var m = IsSymbol(k, ',') ? k + 1 : k;
        if (TryYear(m, out var year) && !(IsSymbolIn(m + 1, "-–/") && Touches(m + 1)))
        {
            k = m + 1;
            return year;
        }

        return fallback;
    }

    private bool MonthAt(int k, out int month, out int end)
    {
        end = k + 1;
        month = IsAnyWord(k) ? DateWords.MatchMonth(Span(k), false, out _) : 0;
        if (month > 0 && IsSymbol(end, '.') && Touches(end) && Span(k).Length <= 4)
        {
            end++;
        }

        return month > 0;
    }

    private int TryDay(int k) => TryDay(k, out var day) ? day : 0;

    private bool MarkerAt(int k, out Calendar marker, out int end)
    {
        var markers = ReferenceData.CalendarMarkers;
        foreach (var (words, calendar) in markers.OldStyle.Select(w => (w, Calendar.Old)).Concat(markers.NewStyle.Select(w => (w, Calendar.New))))
        {
            if (MatchPhrase(k, words, out end))
            {
                marker = calendar;
                return true;
            }
        }

        marker = Calendar.Unmarked;
        end = k;
        return false;
    }

    /// <summary>One date with a marker: Old Style is converted; New Style is the Gregorian date as stated.</summary>
    private static Reading? Marked(int first, int end, DayMonth date, Calendar marker, Func<int, int, int> inheritYear)
    {
        var year = date.Year != 0 ? date.Year : inheritYear(date.Month, date.Day);
        if (!DateRules.IsValidDay(year, date.Month, date.Day))
        {
            return null;
        }

        var day = new DateOnly(year, date.Month, date.Day);
        return marker == Calendar.New
            ? new Reading(first, end, day, null, false, date.ExtraDays)
            : new Reading(first, end, ToGregorian(day), day, false, date.ExtraDays);
    }

    /// <summary>Two days of one date: which is Julian comes from the marker, or else from the calendars' difference.</summary>
    private static Reading? Pair(int first, int end, DayMonth a, DayMonth b, Calendar marker, Func<int, int, int> inheritYear)
    {
        var yearA = a.Year != 0 ? a.Year : b.Year != 0 ? b.Year : inheritYear(a.Month, a.Day);
        var yearB = b.Year != 0 ? b.Year : yearA;
        if (!DateRules.IsValidDay(yearA, a.Month, a.Day) || !DateRules.IsValidDay(yearB, b.Month, b.Day))
        {
            return null;
        }

        var dayA = new DateOnly(yearA, a.Month, a.Day);
        var dayB = RollIntoNextYear(dayA, new DateOnly(yearB, b.Month, b.Day));
        var aIsJulian = marker switch
        {
            Calendar.Old => false,
            Calendar.New => true,
            _ => IsCalendarGap(dayA, dayB) ? true : IsCalendarGap(dayB, dayA) ? false : (bool?)null,
        };
        return aIsJulian switch
        {
            true => new Reading(first, end, dayB, dayA, true, Math.Max(a.ExtraDays, b.ExtraDays)),
            false => new Reading(first, end, dayA, dayB, true, Math.Max(a.ExtraDays, b.ExtraDays)),
            null => null,
        };
    }

    /// <summary>
    /// True when <paramref name="later"/> is <paramref name="julian"/> in the Gregorian calendar, give or take a day
    /// (sources miscount by one: "14 (26) May 1905" for 14 (27) May); the Gregorian day as written is kept.
    /// </summary>
    private static bool IsCalendarGap(DateOnly julian, DateOnly later) =>
        Math.Abs(ToGregorian(julian).DayNumber - later.DayNumber) <= 1;

    /// <summary>"20 December (2 January) 1905" shares one year in writing; the later calendar's day is in the next.</summary>
    private static DateOnly RollIntoNextYear(DateOnly a, DateOnly b) =>
        a.Year == b.Year && a.Month == 12 && b.Month == 1 ? b.AddYears(1) : b;

    public static DateOnly ToGregorian(DateOnly julian) =>
        DateOnly.FromDateTime(Julian.ToDateTime(julian.Year, julian.Month, julian.Day, 0, 0, 0, 0));
}
