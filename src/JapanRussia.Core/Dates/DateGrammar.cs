namespace JapanRussia.Core.Dates;

/// <summary>
/// The date grammar: at a token, reads the longest date expression that starts there (qualifiers, a core date,
/// an optional second date making a range), or a relative phrase. Knows nothing of other mentions; the
/// <see cref="ReferenceResolver"/> supplies what the words leave out.
/// </summary>
internal sealed class DateGrammar(string text, List<Token> tokens) : TokenCursor(text, tokens)
{
    private readonly ContextGuards _guards = new(text, tokens);

    /// <summary>A core date as read: the point, its token span, and whether its year was written.</summary>
    private readonly record struct Core(DatePoint Point, int Start, int End, int LastDay = 0);

    public DateExpression? ParseAt(int i)
    {
        var t = Tokens[i];
        if (t.Kind == TokenKind.Symbol || (t.Flags & TokenFlags.Mixed) != 0)
        {
            return null;
        }

        var info = t.Kind == TokenKind.Word ? DateWords.Lookup(Span(i)) : default;
        if (t.Kind == TokenKind.Word && !info.Has(WordRole.Opener) && !CouldBeMonthOrWeekday(i, info))
        {
            return null;
        }

        if (info.Has(WordRole.Opener) && ParseRelative(i) is { } relative)
        {
            return relative;
        }

        return ParseQualified(i);
    }

    /// <summary>
    /// Cheap gate for capitalised words: most are names, and only a month, a weekday or (next to a number) a
    /// possible misspelt month can start a date.
    /// </summary>
    private bool CouldBeMonthOrWeekday(int i, WordInfo info)
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

    private DateExpression? ParseQualified(int i)
    {
        var j = i;
        if (IsWord(j, "the"))
        {
            j++;
        }

        var spanStart = -1;
        var rangeFrom = false;
        var rangeBetween = false;
        var expression = new DateExpression { Kind = ExpressionKind.Absolute };
        var theAfterQualifier = false;
        if (IsWord(j, "from") || IsWord(j, "between"))
        {
            rangeFrom = IsWord(j, "from");
            rangeBetween = !rangeFrom;
            spanStart = j;
            j++;
            if (IsWord(j, "the"))
            {
                j++;
            }
        }
        else
        {
            for (var round = 0; round < 2; round++)
            {
                if (!TryQualifier(j, out var phrase, out var phraseEnd))
                {
                    break;
                }

                if (phrase.Role == QualifierRole.Outer)
                {
                    if (expression.Outer != DateQualifier.None || expression.Inner != DateQualifier.None)
                    {
                        break;
                    }

                    expression.Outer = phrase.Qualifier;
                    expression.OuterLabel = phrase.Label;
                }
                else
                {
                    if (expression.Inner != DateQualifier.None)
                    {
                        break;
                    }

                    expression.Inner = phrase.Qualifier;
                    expression.InnerRole = phrase.Role;
                    expression.InnerLabel = phrase.Label;
                }

                if (spanStart < 0)
                {
                    spanStart = j;
                }

                j = phraseEnd;
                theAfterQualifier = IsWord(j, "the");
                if (theAfterQualifier)
                {
                    j++;
                }
            }
        }

        var allowBareMonth = j > 0 && (Info(j - 1).Has(WordRole.BareMonthLead) || expression.Inner != DateQualifier.None
            || (IsSymbol(j - 1, '-') && IsWord(j - 2, "mid")));
        if (ParseCore(j, allowBareMonth) is not { } core)
        {
            return null;
        }

        if (core.Point.Unit == DateUnit.Day && IsWeekdayOnly(core))
        {
            return ParseWeekday(core, expression, spanStart);
        }

        expression.From = core.Point;
        var end = core.End;
        var ranged = TryRange(core, rangeFrom, rangeBetween, out var start, out var to, out var rangeEnd);
        if (ranged)
        {
            expression.From = start;
            expression.To = to;
            end = rangeEnd;
        }
        else if (rangeFrom || rangeBetween)
        {
            spanStart = -1;
        }

        var isBareYear = !ranged && core.Point.Unit is DateUnit.Year or DateUnit.Decade && core.End - core.Start == 1;
        if (isBareYear && _guards.IsNonDateNumber(core.Start, core.End))
        {
            return Suppressed(spanStart < 0 ? core.Start : spanStart, core.End);
        }

        if (ranged && core.Point.Unit == DateUnit.Year && _guards.IsLifeSpan(core.Start, end, expression.From.Year, to.Year))
        {
            return Suppressed(core.Start, end);
        }

        // "by the 1951 peace treaty": the year names the treaty, the qualifier bounds something else.
        if (theAfterQualifier && !ranged && core.Point.Unit == DateUnit.Year)
        {
            expression.Outer = DateQualifier.None;
            expression.OuterLabel = null;
            expression.Inner = DateQualifier.None;
            expression.InnerLabel = null;
            expression.InnerRole = QualifierRole.Inner;
            spanStart = -1;
        }

        // "since 1960 year" (a calque from Russian): the trailing "year" belongs to the expression.
        if (!ranged && core.Point.Unit == DateUnit.Year && IsWord(end, "year")
            && (end + 1 >= Count || Tokens[end + 1].Kind == TokenKind.Symbol))
        {
            end++;
        }

        expression.FirstToken = spanStart < 0 ? core.Start : spanStart;
        expression.EndToken = end;
        return expression;
    }

    private static DateExpression Suppressed(int first, int end) =>
        new() { Kind = ExpressionKind.Suppressed, FirstToken = first, EndToken = end };

    private bool TryQualifier(int j, out QualifierPhrase phrase, out int end)
    {
        end = j;
        phrase = null!;
        if (!IsAnyWord(j) || !Info(j).Has(WordRole.Opener))
        {
            return false;
        }

        foreach (var candidate in DateVocabulary.QualifierPhrases)
        {
            if (MatchPhrase(j, candidate.Words, out end))
            {
                phrase = candidate;
                return true;
            }
        }

        return false;
    }

    private Core? ParseCore(int j, bool allowBareMonth)
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

    private Core? ParseAfterWeekday(int j, int weekday)
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
        return new Core(new DatePoint(DateUnit.Day, 0, weekday, 0), j, j + 1);
    }

    private static bool IsWeekdayOnly(Core core) => core.Point.Day == 0;

    private DateExpression? ParseWeekday(Core core, DateExpression expression, int spanStart)
    {
        // Only a plain weekday: "by Monday" or "Black Monday" are not resolved.
        if (spanStart >= 0 || expression.Outer != DateQualifier.None || expression.Inner != DateQualifier.None)
        {
            return null;
        }

        var before = core.Start - 1;
        if (IsCapitalisedWord(before) && !IsLeadWord(before))
        {
            return null;
        }

        return new DateExpression
        {
            Kind = ExpressionKind.Weekday,
            Value = core.Point.Month,
            FirstToken = core.Start,
            EndToken = core.End,
        };
    }

    private bool IsLeadWord(int i)
    {
        foreach (var word in DateVocabulary.WeekdayLeadWords)
        {
            if (Span(i).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    private Core? ParseMonthFirst(int j, int month, bool loose, bool allowBareMonth)
    {
        var k = j + 1;
        if (IsSymbol(k, '.') && Touches(k))
        {
            k++;
        }

        if (TryDay(k, out var day))
        {
            // "April 25 (May 7), 1875": Julian first, Gregorian in brackets; keep the Gregorian.
            if (TryDualDay(k + 1, month, out var gregorianMonth, out var gregorianDay, out var afterDual)
                && TryYearAfterComma(afterDual, out var dualYear, out var dualEnd))
            {
                return new Core(DatePoint.ForDay(dualYear, gregorianMonth, gregorianDay), j, dualEnd);
            }

            // "December 15–16, 2016"
            if (IsRangeDash(k + 1) && TryDay(k + 2, out var lastDay) && lastDay > day
                && TryYearAfterComma(k + 3, out var rangeYear, out var rangeEnd))
            {
                return new Core(DatePoint.ForDay(rangeYear, month, day), j, rangeEnd, lastDay);
            }

            return TryYearAfterComma(k + 1, out var year, out var end)
                ? new Core(DatePoint.ForDay(year, month, day), j, end)
                : new Core(DatePoint.ForDay(0, month, day), j, k + 1);
        }

        if (TryYearAfterComma(k, out var monthYear, out var monthEnd) && !(TryDay(monthEnd, out _) && IsSymbol(monthEnd + 1, ':')))
        {
            return new Core(DatePoint.ForMonth(monthYear, month), j, monthEnd);
        }

        // A bare month ("in February") needs a leading preposition and a full, unambiguous name.
        if (!loose && allowBareMonth && k == j + 1 && !IsNumber(k))
        {
            return new Core(DatePoint.ForMonth(0, month), j, j + 1);
        }

        return null;
    }

    /// <summary>"(May 7)" or "(7 May)" after a Julian day.</summary>
    private bool TryDualDay(int k, int julianMonth, out int month, out int day, out int end)
    {
        month = julianMonth;
        day = 0;
        end = k;
        if (!IsSymbol(k, '('))
        {
            return false;
        }

        var m = k + 1;
        if (IsAnyWord(m) && DateWords.MatchMonth(Span(m), false, out _) is var first and > 0)
        {
            month = first;
            m++;
            if (!TryDay(m, out day))
            {
                return false;
            }

            m++;
        }
        else if (TryDay(m, out day))
        {
            m++;
            if (IsAnyWord(m) && DateWords.MatchMonth(Span(m), false, out _) is var second and > 0)
            {
                month = second;
                m++;
            }
        }
        else
        {
            return false;
        }

        if (!IsSymbol(m, ')'))
        {
            return false;
        }

        end = m + 1;
        return true;
    }

    /// <summary>An optional comma, then a year: ", 1993" or " 1993"; not a year glued into a code ("1956-2345").</summary>
    private bool TryYearAfterComma(int k, out int year, out int end)
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

    private Core? ParseDayFirst(int j)
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
            return DateRules.IsValidDay(numericYear, m, d) ? new Core(DatePoint.ForDay(numericYear, m, d), j, j + 5) : null;
        }

        // "15-16 December 2016", "6 to 30 August", "between 1 and 3 September": one mention for the day range.
        var dayConnector = IsRangeDash(j + 1) || IsWord(j + 1, "to") || (IsWord(j + 1, "and") && IsWord(j - 1, "between"));
        if (dayConnector && TryDay(j + 2, out var lastDay) && lastDay > day && MonthAt(j + 3, out var rangeMonth, out var afterMonth))
        {
            var year = TryYearAfterComma(afterMonth, out var y, out var yearEnd) ? y : 0;
            var end = year > 0 ? yearEnd : afterMonth;
            return new Core(DatePoint.ForDay(year, rangeMonth, day), j, end, lastDay);
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

        // "25 April (7 May) 1875"
        if (TryDualDay(after, month, out var gregorianMonth, out var gregorianDay, out var afterDual)
            && TryYearAfterComma(afterDual, out var dualYear, out var dualEnd))
        {
            return new Core(DatePoint.ForDay(dualYear, gregorianMonth, gregorianDay), j, dualEnd);
        }

        return TryYearAfterComma(after, out var fullYear, out var fullEnd)
            ? new Core(DatePoint.ForDay(fullYear, month, day), j, fullEnd)
            : new Core(DatePoint.ForDay(0, month, day), j, after);
    }

    /// <summary>A month name (loose forms allowed: a day number precedes it) with an optional full stop.</summary>
    private bool MonthAt(int k, out int month, out int after)
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

    private Core? ParseYearFirst(int j)
    {
        var t = Tokens[j];
        if (!TryPlainNumber(j, 4, 4, out var value) && !(t.HasSuffix && TryDecade(j, out value)))
        {
            return null;
        }

        if (t.HasSuffix)
        {
            return new Core(DatePoint.ForDecade(value), j, j + 1);
        }

        if (!DateRules.IsValidYear(value))
        {
            return null;
        }

        // "1960's"
        if (value % 10 == 0 && IsSymbolIn(j + 1, "'’") && Touches(j + 1) && IsWord(j + 2, "s") && Touches(j + 2))
        {
            return new Core(DatePoint.ForDecade(value), j, j + 3);
        }

        // ISO "2022-03-21" or "2022/03/21".
        if (IsSymbolIn(j + 1, "-/") && Touches(j + 1) && TryPlainNumber(j + 2, 2, 2, out var month) && Touches(j + 2)
            && IsSymbol(j + 3, Text[Tokens[j + 1].Start]) && Touches(j + 3) && TryPlainNumber(j + 4, 2, 2, out var day) && Touches(j + 4))
        {
            return DateRules.IsValidDay(value, month, day) ? new Core(DatePoint.ForDay(value, month, day), j, j + 5) : null;
        }

        return new Core(DatePoint.ForYear(value), j, j + 1);
    }

    private bool TryDecade(int j, out int decade)
    {
        var t = Tokens[j];
        decade = 0;
        return Text.AsSpan(t.DigitsEnd, t.End - t.DigitsEnd).SequenceEqual("s")
            && int.TryParse(Text.AsSpan(t.Start, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out decade)
            && decade % 10 == 0 && DateRules.IsValidYear(decade) && DateRules.IsValidYear(decade + 9);
    }

    private Core? ParseCenturyWords(int j)
    {
        foreach (var (words, century) in DateVocabulary.CenturyOrdinals)
        {
            if (MatchPhrase(j, words, out var end) && CenturyNounAt(end, out var after))
            {
                return new Core(DatePoint.ForCentury(century), j, after);
            }
        }

        return null;
    }

    private Core? ParseCenturyNumber(int j)
    {
        var t = Tokens[j];
        if (!t.HasSuffix || !IsOrdinalSuffix(Text.AsSpan(t.DigitsEnd, t.End - t.DigitsEnd))
            || !int.TryParse(Text.AsSpan(t.Start, t.DigitsEnd - t.Start), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var century)
            || century is < 11 or > 21 || !CenturyNounAt(j + 1, out var after))
        {
            return null;
        }

        return new Core(DatePoint.ForCentury(century), j, after);
    }

    /// <summary>"century", also in the adjective "19th-century".</summary>
    private bool CenturyNounAt(int k, out int after)
    {
        if (IsSymbol(k, '-') && Touches(k) && IsWord(k + 1, "century") && Touches(k + 1))
        {
            after = k + 2;
            return true;
        }

        after = k + 1;
        return IsWord(k, "century");
    }

    /// <summary>
    /// A second date after a connector makes a range; each end fills what the other leaves out
    /// ("August 28 to September 5, 2016"). Returns the (possibly completed) start as well.
    /// </summary>
    private bool TryRange(Core head, bool rangeFrom, bool rangeBetween, out DatePoint start, out DatePoint to, out int end)
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
        if (p.Unit == DateUnit.Day && TryDay(next, out var bareDay) && !MonthAt(next + 1, out _, out _))
        {
            var year = TryYearAfterComma(next + 1, out var y, out var yearEnd) ? y : 0;
            to = DatePoint.ForDay(year, p.Month, bareDay);
            end = year > 0 ? yearEnd : next + 1;
            return Order(ref start, ref to);
        }

        // "between the 1950s and the 1970s"
        if (p.Unit is DateUnit.Decade && IsWord(next, "the"))
        {
            next++;
        }

        if (ParseCore(next, true) is not { } second || second.Point.Unit != p.Unit || second.LastDay > 0
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

    private DateExpression? ParseRelative(int i) => RelativePhrases.Parse(this, i);

    /// <summary>A full calendar day at <paramref name="j"/> (for publication stamps), or null.</summary>
    public DatePoint? ParseDayAt(int j) =>
        ParseCore(j, false) is { Point: { Unit: DateUnit.Day, Day: > 0, Year: > 0 } point } ? point : null;
}
