namespace JapanRussia.Core.Dates;

/// <summary>
/// A second date after a connector makes a range ("1904–05", "August 28 to September 5, 2016", "between the 1950s and
/// the 1970s"); each end fills what the other leaves out.
/// </summary>
internal sealed class DateRangeReader(string text, List<Token> tokens, CoreDateReader core) : TokenCursor(text, tokens)
{
    private readonly CoreDateReader _core = core;

    /// <summary>"1904-5", "1904–05", "1990/91": a short second year, read in the first year's decade or century.</summary>
    private bool TryShortSecondYear(int firstYear, int next, int shortYear, out DatePoint to)
    {
        to = default;
        var digits = Tokens[next].DigitsEnd - Tokens[next].Start;
        var modulus = digits == 1 ? 10 : 100;
        var year = firstYear - (firstYear % modulus) + shortYear;
        if (year <= firstYear || IsSymbol(next + 1, ':'))
        {
            return false;
        }

        to = DatePoint.ForYear(year);
        return true;
    }

    /// <summary>"August 6 to 30" / "December 15 – 16, 2016": a bare last day, in the first day's month.</summary>
    private (DatePoint To, int End) BareLastDay(DatePoint first, int next, int bareDay)
    {
        var year = _core.TryYearAfterComma(next + 1, out var y, out var yearEnd) ? y : 0;
        return (DatePoint.ForDay(year, first.Month, bareDay), year > 0 ? yearEnd : next + 1);
    }

    /// <summary>"and" after "between"; a dash, slash, "to" or "through"; "until"/"till" after "from".</summary>
    private bool IsConnector(int k, bool dashOrSlash, bool rangeFrom, bool rangeBetween) =>
        rangeBetween
            ? IsWord(k, "and")
            : dashOrSlash || IsWord(k, "to") || IsWord(k, "through") || (rangeFrom && (IsWord(k, "until") || IsWord(k, "till")));

    /// <summary>
    /// A second date after a connector makes a range; each end fills what the other leaves out
    /// ("August 28 to September 5, 2016"). Returns the (possibly completed) start as well.
    /// </summary>
    public bool TryRange(CoreDate head, bool rangeFrom, bool rangeBetween, out DatePoint start, out DatePoint to, out int end)
    {
        start = head.Point;
        to = default;
        end = head.End;
        var k = head.End;
        var p = head.Point;

        if (p.Unit == DateUnit.Day && head.LastDay > 0)
        {
            to = p with { Day = head.LastDay };
            return true;
        }

        var dash = IsRangeDash(k);
        var slash = IsSymbol(k, '/') && Touches(k) && Touches(k + 1);
        if (p.Unit == DateUnit.Century || !IsConnector(k, dash || slash, rangeFrom, rangeBetween) || (slash && p.Unit != DateUnit.Year))
        {
            return false;
        }

        var next = k + 1;
        if (p.Unit == DateUnit.Year && (dash || slash) && Touches(k) && Touches(next) && TryPlainNumber(next, 1, 2, out var shortYear))
        {
            if (!TryShortSecondYear(p.Year, next, shortYear, out to))
            {
                return false;
            }

            end = next + 1;
            return true;
        }

        return !slash && TrySecondEnd(next, ref start, out to, out end);
    }

    /// <summary>The end after the connector: a bare last day ("15–16 December") or a date of the start's unit.</summary>
    private bool TrySecondEnd(int next, ref DatePoint start, out DatePoint to, out int end)
    {
        var p = start;
        to = default;
        end = next;
        if (p.Unit == DateUnit.Day && TryDay(next, out var bareDay) && !_core.MonthAt(next + 1, out _, out _))
        {
            (to, end) = BareLastDay(p, next, bareDay);
            return Order(ref start, ref to);
        }

        // "between the 1950s and the 1970s"
        if (p.Unit is DateUnit.Decade && IsWord(next, "the"))
        {
            next++;
        }

        if (_core.ParseCore(next, true) is not { } second || second.Point.Unit != p.Unit || second.LastDay > 0
            || (p.Unit == DateUnit.Day && second.Point.Day == 0))
        {
            return false;
        }

        to = second.Point;
        end = second.End;
        return Order(ref start, ref to);
    }

    /// <summary>
    /// Fills what each end of a range leaves out from the other and checks the order. A start with no year
    /// that would fall after its end belongs to the year before ("December 28 – January 3, 2016").
    /// </summary>
    private static bool Order(ref DatePoint head, ref DatePoint to)
    {
        var fromHadYear = head.Year != 0;
        if (head.Year == 0)
        {
            head = head with { Year = to.Year };
        }

        if (to.Year == 0)
        {
            to = to with { Year = head.Year };
        }

        var a = (head.Year, head.Month, head.Day);
        var b = (to.Year, to.Month, to.Day);
        if (a.CompareTo(b) < 0)
        {
            return true;
        }

        if (!fromHadYear && head.Year != 0 && head.Month > to.Month)
        {
            head = head with { Year = head.Year - 1 };
            return true;
        }

        return false;
    }
}
