namespace JapanRussia.Core.Dates;

/// <summary>
/// A second date after a connector makes a range ("1904–05", "August 28 to September 5, 2016", "between the 1950s and
/// the 1970s"); each end fills what the other leaves out.
/// </summary>
internal sealed class DateRangeReader(string text, List<Token> tokens, CoreDateReader core) : TokenCursor(text, tokens)
{
    private readonly CoreDateReader _core = core;

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

        if (p.Unit == DateUnit.Century)
        {
            return false;
        }

        var dash = IsRangeDash(k);
        var slash = IsSymbol(k, '/') && Touches(k) && Touches(k + 1);
        var connector = rangeBetween
            ? IsWord(k, "and")
            : dash || slash || IsWord(k, "to") || IsWord(k, "through")
              || (rangeFrom && (IsWord(k, "until") || IsWord(k, "till")));
        if (!connector || (slash && p.Unit != DateUnit.Year))
        {
            return false;
        }

        var next = k + 1;

        // "1904-5", "1904–05", "1990/91": a short second year.
        if (p.Unit == DateUnit.Year && (dash || slash) && Touches(k) && Touches(next) && TryPlainNumber(next, 1, 2, out var shortYear))
        {
            var digits = Tokens[next].DigitsEnd - Tokens[next].Start;
            var modulus = digits == 1 ? 10 : 100;
            var year = p.Year - (p.Year % modulus) + shortYear;
            if (year <= p.Year || IsSymbol(next + 1, ':'))
            {
                return false;
            }

            to = DatePoint.ForYear(year);
            end = next + 1;
            return true;
        }

        if (slash)
        {
            return false;
        }

        // "August 6 to 30" / "December 15 – 16, 2016" with a bare last day.
        if (p.Unit == DateUnit.Day && TryDay(next, out var bareDay) && !_core.MonthAt(next + 1, out _, out _))
        {
            var year = _core.TryYearAfterComma(next + 1, out var y, out var yearEnd) ? y : 0;
            to = DatePoint.ForDay(year, p.Month, bareDay);
            end = year > 0 ? yearEnd : next + 1;
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
