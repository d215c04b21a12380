namespace JapanRussia.Core.Dates;

/// <summary>
/// Reads a core date at a token: a day, month, year, decade or century as written ("18 June 2012", "June 18, 2012",
/// "Monday, 18 June 2012", "22-03-2022", "2022-03-21", "1960s", "19th century"), before any qualifier or range.
/// </summary>
internal sealed class CoreDateReader(string text, List<Token> tokens) : DatePartReader(text, tokens)
{
    /// <summary>
    /// Cheap gate for capitalised words: most are names, and only a month, a weekday or (next to a number) a
    /// possible misspelt month can start a date.
    /// </summary>
    public bool CouldBeMonthOrWeekday(int i, WordInfo info)
    {
        if (!char.IsUpper(Text[Tokens[i].Start]))
        {
            return false;
        }

        if (info.Has(WordRole.Month) || info.Has(WordRole.Weekday))
        {
            return true;
        }

        var length = Tokens[i].End - Tokens[i].Start;
        return length >= DateVocabulary.FuzzyMonthMinLength - 1 && length <= 10 && (IsNumber(i + 1) || IsNumber(i - 1));
    }

    public CoreDate? ParseCore(int j, bool allowBareMonth)
    {
        if (j >= Count)
        {
            return null;
        }

        var t = Tokens[j];
        if (t.Kind == TokenKind.Word)
        {
            if ((t.Flags & TokenFlags.Mixed) != 0)
            {
                return null;
            }

            var info = DateWords.Lookup(Span(j));
            if (!info.Has(WordRole.Opener) && !CouldBeMonthOrWeekday(j, info))
            {
                return null;
            }

            if (DateWords.MatchWeekday(Span(j)) is var weekday and > 0)
            {
                return ParseAfterWeekday(j, weekday);
            }

            var fuzzy = IsNumber(j + 1) || IsNumber(j - 1);
            if (DateWords.MatchMonth(Span(j), fuzzy, out var loose) is var month and > 0)
            {
                return ParseMonthFirst(j, month, loose, allowBareMonth);
            }

            return ParseCenturyWords(j);
        }

        if (t.Kind != TokenKind.Number || (t.Flags & (TokenFlags.Grouped | TokenFlags.Decimal)) != 0)
        {
            return null;
        }

        var digits = t.DigitsEnd - t.Start;
        if (digits == 4)
        {
            return ParseYearFirst(j);
        }

        return digits <= 2 ? ParseCenturyNumber(j) ?? ParseDayFirst(j) : null;
    }

    private CoreDate? ParseAfterWeekday(int j, int weekday)
    {
        // "Monday, 18 June 2012" and "Monday June 18, 2012": the weekday is part of the expression.
        var k = j + 1;
        if (IsSymbol(k, ','))
        {
            k++;
        }

        if (ParseCore(k, false) is { Point.Unit: DateUnit.Day } dated)
        {
            return dated with { Start = j };
        }

        // A bare weekday: Day 0 marks it for ParseWeekday; Month carries the weekday number.
        return new CoreDate(new DatePoint(DateUnit.Day, 0, weekday, 0), j, j + 1);
    }

    private CoreDate? ParseMonthFirst(int j, int month, bool loose, bool allowBareMonth)
    {
        var k = j + 1;
        if (IsSymbol(k, '.') && Touches(k))
        {
            k++;
        }

        if (TryDay(k, out var day))
        {
            // "December 15–16, 2016"
            if (IsRangeDash(k + 1) && TryDay(k + 2, out var lastDay) && lastDay > day
                && TryYearAfterComma(k + 3, out var rangeYear, out var rangeEnd))
            {
                return new CoreDate(DatePoint.ForDay(rangeYear, month, day), j, rangeEnd, lastDay);
            }

            return TryYearAfterComma(k + 1, out var year, out var end)
                ? new CoreDate(DatePoint.ForDay(year, month, day), j, end)
                : new CoreDate(DatePoint.ForDay(0, month, day), j, k + 1);
        }

        if (TryYearAfterComma(k, out var monthYear, out var monthEnd) && !(TryDay(monthEnd, out _) && IsSymbol(monthEnd + 1, ':')))
        {
            return new CoreDate(DatePoint.ForMonth(monthYear, month), j, monthEnd);
        }

        // A bare month ("in February") needs a leading preposition and a full, unambiguous name.
        if (!loose && allowBareMonth && k == j + 1 && !IsNumber(k))
        {
            return new CoreDate(DatePoint.ForMonth(0, month), j, j + 1);
        }

        return null;
    }

    /// <summary>An optional comma, then a year: ", 1993" or " 1993"; not a year glued into a code ("1956-2345").</summary>
    public bool TryYearAfterComma(int k, out int year, out int end)
    {
        var m = IsSymbol(k, ',') ? k + 1 : k;
        end = m + 1;
        if (!TryYear(m, out year))
        {
            return false;
        }

        var glued = IsSymbolIn(m + 1, ":-/") && Touches(m + 1) && IsNumber(m + 2) && Touches(m + 2)
            && !(IsSymbol(m + 1, '-') && TryPlainNumber(m + 2, 1, 2, out _));
        return !glued;
    }

    private CoreDate? ParseDayFirst(int j)
    {
        if (!TryDay(j, out var day))
        {
            return null;
        }

        // Numeric "22-03-2022" (day first, as in the sources) or "22/03/2022" or "22.03.2022".
        if (IsSymbolIn(j + 1, "-/.") && Touches(j + 1) && TryPlainNumber(j + 2, 1, 2, out var numericMonth) && Touches(j + 2)
            && IsSymbol(j + 3, Text[Tokens[j + 1].Start]) && Touches(j + 3) && TryYear(j + 4, out var numericYear) && Touches(j + 4))
        {
            // Slashes are often month first (US), so "3/11/2011" is ambiguous and left alone; a part above 12
            // settles it. Dashes and dots are read day first, as the sources write them.
            var slash = IsSymbol(j + 1, '/');
            if (slash && day <= 12 && numericMonth <= 12 && day != numericMonth)
            {
                return null;
            }

            var (d, m) = numericMonth > 12 && day <= 12 ? (numericMonth, day) : (day, numericMonth);
            return DateRules.IsValidDay(numericYear, m, d) ? new CoreDate(DatePoint.ForDay(numericYear, m, d), j, j + 5) : null;
        }

        // "15-16 December 2016", "6 to 30 August", "between 1 and 3 September": one mention for the day range.
        var dayConnector = IsRangeDash(j + 1) || IsWord(j + 1, "to") || (IsWord(j + 1, "and") && IsWord(j - 1, "between"));
        if (dayConnector && TryDay(j + 2, out var lastDay) && lastDay > day && MonthAt(j + 3, out var rangeMonth, out var afterMonth))
        {
            var year = TryYearAfterComma(afterMonth, out var y, out var yearEnd) ? y : 0;
            var end = year > 0 ? yearEnd : afterMonth;
            return new CoreDate(DatePoint.ForDay(year, rangeMonth, day), j, end, lastDay);
        }

        var k = j + 1;
        if (IsWord(k, "of"))
        {
            k++;
        }

        if (!MonthAt(k, out var month, out var after))
        {
            return null;
        }

        return TryYearAfterComma(after, out var fullYear, out var fullEnd)
            ? new CoreDate(DatePoint.ForDay(fullYear, month, day), j, fullEnd)
            : new CoreDate(DatePoint.ForDay(0, month, day), j, after);
    }

    /// <summary>A month name (loose forms allowed: a day number precedes it) with an optional full stop.</summary>
    public bool MonthAt(int k, out int month, out int after)
    {
        after = k + 1;
        month = IsAnyWord(k) ? DateWords.MatchMonth(Span(k), true, out _) : 0;
        if (month == 0)
        {
            return false;
        }

        if (IsSymbol(after, '.') && Touches(after) && Span(k).Length <= 4)
        {
            after++;
        }

        return true;
    }

    private CoreDate? ParseYearFirst(int j)
    {
        var t = Tokens[j];
        if (!TryPlainNumber(j, 4, 4, out var value) && !(t.HasSuffix && TryDecade(j, out value)))
        {
            return null;
        }

        if (t.HasSuffix)
        {
            return new CoreDate(DatePoint.ForDecade(value), j, j + 1);
        }

        if (!DateRules.IsValidYear(value))
        {
            return null;
        }

        // "1960's"
        if (value % 10 == 0 && IsSymbolIn(j + 1, "'’") && Touches(j + 1) && IsWord(j + 2, "s") && Touches(j + 2))
        {
            return new CoreDate(DatePoint.ForDecade(value), j, j + 3);
        }

        // ISO "2022-03-21" or "2022/03/21".
        if (IsSymbolIn(j + 1, "-/") && Touches(j + 1) && TryPlainNumber(j + 2, 2, 2, out var month) && Touches(j + 2)
            && IsSymbol(j + 3, Text[Tokens[j + 1].Start]) && Touches(j + 3) && TryPlainNumber(j + 4, 2, 2, out var day) && Touches(j + 4))
        {
            return DateRules.IsValidDay(value, month, day) ? new CoreDate(DatePoint.ForDay(value, month, day), j, j + 5) : null;
        }

        return new CoreDate(DatePoint.ForYear(value), j, j + 1);
    }
}
