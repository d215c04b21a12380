namespace JapanRussia.Core.Dates;

/// <summary>
/// Turns parsed expressions into dates, in text order, remembering what the text has said so far: a day or
/// month with no year takes the year the text last stated ("On January 30, 2010 … on November 1"), relative
/// phrases count from it, and a bare weekday counts back from the publication date. Each date says what it leans on
/// (<see cref="ResolvedDate"/>). One instance per document.
/// </summary>
internal sealed class ReferenceResolver(DateOnly? publishedOn)
{
    /// <summary>How many recent month mentions to search for a bare month's year ("February 2016 … in February").</summary>
    private const int RecentMonthsKept = 4;

    private readonly List<(int Year, int Month, string Label, int End)> _recentMonths = new(RecentMonthsKept);
    private int _referenceYear;
    private string _referenceLabel = string.Empty;
    private int _referenceEnd = -1;
    private int _currentEnd;

    private bool _farEnd;

    /// <summary>
    /// Resolves an expression that ends at character <paramref name="end"/> of the text. A span's far end ("the
    /// Port Arthur campaign to Jan. 1905") names a later date without moving the text on to it, so later dates without
    /// a year do not take its year (unless the text has named no year before it: "January to November 1905").
    /// </summary>
    public ResolvedDate? Resolve(DateExpression e, int end, bool farEnd = false)
    {
        _currentEnd = end;
        _farEnd = farEnd;
        return e.Kind switch
        {
            ExpressionKind.Absolute => ResolveAbsolute(e),
            ExpressionKind.Weekday => ResolveWeekday(e),
            ExpressionKind.RelativeYear => ResolveRelativeYear(e),
            ExpressionKind.RelativeYears => ResolveRelativeYears(e),
            ExpressionKind.YearsAgo => ResolveYearsAgo(e),
            ExpressionKind.EventOffset => ResolveEventOffset(e),
            _ => null,
        };
    }

    /// <summary>A day the Old Style stage read in full (the text's own calendar date): later dates lean on it like any other.</summary>
    public void Note(HistoricalDate date, int end)
    {
        _currentEnd = end;
        Remember(DateUnit.Day, date.Start.Year, date.Start.Month, date.Label);
    }

    /// <summary>The year for a day an Old Style date gives without one (0 when nothing says).</summary>
    public int YearFor(int month, int day) => InheritYear(month, day).Year;

    private ResolvedDate? ResolveAbsolute(DateExpression e)
    {
        var first = e.From;
        var to = e.To;
        var yearWritten = first.Year != 0 || first.Unit is DateUnit.Century;
        var completed = default(Inherited);
        if (first.Year == 0 && first.Unit is DateUnit.Day or DateUnit.Month)
        {
            completed = InheritYear(first.Month, first.Unit == DateUnit.Day ? first.Day : 1);
            var year = completed.Year;
            if (year == 0)
            {
                return null;
            }

            first = first with { Year = year };
            if (to is { } end)
            {
                // Both ends lacked a year; a range running past December rolls into the next year.
                var rolled = (end.Month, end.Day).CompareTo((first.Month, first.Day)) < 0;
                to = end with { Year = rolled ? year + 1 : year };
            }
        }

        var start = DateRules.FirstDay(first);
        var last = DateRules.LastDay(to ?? first);
        if (start is not { } s || last is not { } l || l < s)
        {
            return null;
        }

        if (e.InnerRole is QualifierRole.FirstHalf or QualifierRole.SecondHalf)
        {
            (s, l) = DateRules.Half(s, l, e.InnerRole == QualifierRole.FirstHalf);
        }

        var core = to is { } t ? DateLabelFormatter.Range(first, t) : DateLabelFormatter.Point(first);
        var label = DateLabelFormatter.Qualified(core, first.Unit, e.InnerLabel, e.OuterLabel);
        var qualifier = e.Outer != DateQualifier.None ? e.Outer : e.Inner;
        var date = new HistoricalDate(s, l, Precision(first.Unit), qualifier, label);
        if ((yearWritten || first.Unit is DateUnit.Day or DateUnit.Month) && !(_farEnd && _referenceYear != 0))
        {
            Remember(first.Unit, (to ?? first).Year, (to ?? first).Month, label);
        }

        return yearWritten
            ? ResolvedDate.Stated(date)
            : new ResolvedDate(date, DateProvenanceKind.Completed, completed.Anchor, completed.AnchorDate, completed.AnchorEnd);
    }

    private ResolvedDate? ResolveWeekday(DateExpression e)
    {
        if (publishedOn is not { } published)
        {
            return null;
        }

        // Monday = 1 .. Sunday = 7; DayOfWeek has Sunday = 0.
        var target = (DayOfWeek)(e.Value % 7);
        var back = ((int)published.DayOfWeek - (int)target + 7) % 7;
        var ahead = ((int)target - (int)published.DayOfWeek + 7) % 7;
        var date = DayDate(e.Ahead ? published.AddDays(ahead) : published.AddDays(-back));
        Remember(DateUnit.Day, date.Start.Year, date.Start.Month, date.Label);
        return new ResolvedDate(date, DateProvenanceKind.WorkedOut, DateAnchorKind.PublicationDate, DayDate(published).Label);
    }

    /// <summary>"two years ago" in a report of 2016 is 2014; a round figure ("two decades ago") is approximate.</summary>
    private ResolvedDate? ResolveYearsAgo(DateExpression e)
    {
        if (publishedOn is not { } published || !DateRules.IsValidYear(published.Year - e.Value))
        {
            return null;
        }

        var year = published.Year - e.Value;
        var date = e.Count > 0
            ? new HistoricalDate(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Approximate, DateQualifier.Circa, DateLabelFormatter.Circa(year))
            : YearDate(year, year);
        return new ResolvedDate(date, DateProvenanceKind.WorkedOut, DateAnchorKind.PublicationDate, DayDate(published).Label);
    }

    private ResolvedDate? ResolveRelativeYear(DateExpression e)
    {
        var year = e.ExplicitYear != 0 ? e.ExplicitYear : _referenceYear == 0 ? 0 : _referenceYear + e.Value;
        if (!DateRules.IsValidYear(year))
        {
            return null;
        }

        // "two decades later" is a round figure: approximate, labelled as such.
        var date = e.Count > 0
            ? new HistoricalDate(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Approximate, DateQualifier.Circa, DateLabelFormatter.Circa(year))
            : YearDate(year, year);
        var resolved = e.ExplicitYear != 0
            ? ResolvedDate.Stated(date)
            : ResolvedDate.LeaningOn(date, DateProvenanceKind.WorkedOut, _referenceLabel, _referenceEnd);
        _referenceYear = year;
        _referenceLabel = date.Label;
        _referenceEnd = _currentEnd;
        return resolved;
    }

    private ResolvedDate? ResolveRelativeYears(DateExpression e)
    {
        if (_referenceYear == 0)
        {
            return null;
        }

        var (first, last) = e.Value > 0
            ? (_referenceYear + 1, _referenceYear + e.Count)
            : (_referenceYear - e.Count, _referenceYear - 1);
        return DateRules.IsValidYear(first) && DateRules.IsValidYear(last)
            ? ResolvedDate.LeaningOn(YearDate(first, last), DateProvenanceKind.WorkedOut, _referenceLabel, _referenceEnd)
            : null;
    }

    private static ResolvedDate? ResolveEventOffset(DateExpression e)
    {
        var year = e.Value;
        if (!DateRules.IsValidYear(year))
        {
            return null;
        }

        var date = new HistoricalDate(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Approximate, DateQualifier.Circa, DateLabelFormatter.Circa(year));
        var anchor = e.AnchorYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new ResolvedDate(date, DateProvenanceKind.WorkedOut, DateAnchorKind.KnownEvent, anchor);
    }

    /// <summary>A year supplied for a date that left it out, and what supplied it (an earlier mention ending at AnchorEnd, or the publication date); Year 0 when nothing says.</summary>
    private readonly record struct Inherited(int Year, DateAnchorKind Anchor, string? AnchorDate, int AnchorEnd);

    /// <summary>
    /// The year for a day or month the text gives without one. A recent mention of the same month wins when it
    /// is no older than the current reference ("talks in February 2016 … reported on 30 December 2015 … in
    /// February"); then the last stated year; then the publication year, stepping back a year when the date
    /// would fall after publication. Zero when nothing says.
    /// </summary>
    private Inherited InheritYear(int month, int day)
    {
        for (var k = _recentMonths.Count - 1; k >= 0; k--)
        {
            var (year, recentMonth, label, end) = _recentMonths[k];
            if (recentMonth == month && year >= _referenceYear)
            {
                return new Inherited(year, DateAnchorKind.None, label, end);
            }
        }

        // A year later than the report's own was a plan or a forecast; a bare month or day tells of the report's time.
        if (_referenceYear != 0 && !(publishedOn is { } report && _referenceYear > report.Year))
        {
            return new Inherited(_referenceYear, DateAnchorKind.None, _referenceLabel, _referenceEnd);
        }

        if (publishedOn is not { } published)
        {
            return default;
        }

        return new Inherited(NearestYear(published, month, day), DateAnchorKind.PublicationDate, DayDate(published).Label, -1);
    }

    /// <summary>How far ahead a report's bare month or day may lie: the coming weeks, not the rest of the year.</summary>
    private const int DaysAheadOfReport = 92;

    /// <summary>
    /// A report's "in March" or "on 15 December" is the last one before its date, unless the coming one is only weeks
    /// away: a May report's June is the coming one (and, after the report, is read as a plan, not as a happening).
    /// </summary>
    private static int NearestYear(DateOnly published, int month, int day)
    {
        var year = published.Year;
        var date = new DateOnly(year, month, Math.Min(Math.Max(day, 1), DateTime.DaysInMonth(year, month)));
        return date <= published || date.DayNumber - published.DayNumber <= DaysAheadOfReport ? year : year - 1;
    }

    private void Remember(DateUnit unit, int year, int month, string label)
    {
        if (unit is DateUnit.Decade or DateUnit.Century || !DateRules.IsValidYear(year))
        {
            return;
        }

        _referenceYear = year;
        _referenceLabel = label;
        _referenceEnd = _currentEnd;
        if (unit is DateUnit.Day or DateUnit.Month)
        {
            if (_recentMonths.Count == RecentMonthsKept)
            {
                _recentMonths.RemoveAt(0);
            }

            _recentMonths.Add((year, month, label, _currentEnd));
        }
    }

    private static DatePrecision Precision(DateUnit unit) => unit switch
    {
        DateUnit.Day => DatePrecision.Day,
        DateUnit.Month => DatePrecision.Month,
        DateUnit.Year => DatePrecision.Year,
        DateUnit.Decade => DatePrecision.Decade,
        _ => DatePrecision.Century,
    };

    private static HistoricalDate DayDate(DateOnly date) =>
        new(date, date, DatePrecision.Day, DateQualifier.None, DateLabelFormatter.Point(DatePoint.ForDay(date.Year, date.Month, date.Day)));

    private static HistoricalDate YearDate(int first, int last) =>
        new(
            new DateOnly(first, 1, 1),
            new DateOnly(last, 12, 31),
            DatePrecision.Year,
            DateQualifier.None,
            first == last ? DateLabelFormatter.Point(DatePoint.ForYear(first)) : DateLabelFormatter.Range(DatePoint.ForYear(first), DatePoint.ForYear(last)));
}
