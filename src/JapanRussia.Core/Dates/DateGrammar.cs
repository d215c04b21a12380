namespace JapanRussia.Core.Dates;

/// <summary>
/// The date grammar: at a token, reads the longest date expression that starts there (qualifiers, a core date,
/// an optional second date making a range), or a relative phrase. Knows nothing of other mentions; the
/// <see cref="ReferenceResolver"/> supplies what the words leave out.
/// </summary>
internal sealed class DateGrammar : TokenCursor
{
    private readonly ContextGuards _guards;
    private readonly CoreDateReader _core;
    private readonly DateRangeReader _ranges;

    public DateGrammar(string text, List<Token> tokens)
        : base(text, tokens)
    {
        _guards = new ContextGuards(text, tokens);
        _core = new CoreDateReader(text, tokens);
        _ranges = new DateRangeReader(text, tokens, _core);
    }

    public DateExpression? ParseAt(int i)
    {
        var t = Tokens[i];
        if (t.Kind == TokenKind.Symbol || (t.Flags & TokenFlags.Mixed) != 0)
        {
            return null;
        }

        var info = t.Kind == TokenKind.Word ? DateWords.Lookup(Span(i)) : default;
        if (t.Kind == TokenKind.Word && !info.Has(WordRole.Opener) && !_core.CouldBeMonthOrWeekday(i, info))
        {
            return null;
        }

        if (info.Has(WordRole.Opener) && ParseRelative(i) is { } relative)
        {
            return relative;
        }

        return ParseQualified(i);
    }

    /// <summary>What stands before a core date: "from" or "between" opening a range, or up to two qualifiers.</summary>
    private readonly record struct Lead(int Next, int SpanStart, bool RangeFrom, bool RangeBetween, bool TheAfterQualifier);

    private DateExpression? ParseQualified(int i)
    {
        var expression = new DateExpression { Kind = ExpressionKind.Absolute };
        var lead = ReadLead(i, expression);
        var j = lead.Next;
        var allowBareMonth = j > 0 && (Info(j - 1).Has(WordRole.BareMonthLead) || expression.Inner != DateQualifier.None
            || (IsSymbol(j - 1, '-') && IsWord(j - 2, "mid")));
        if (_core.ParseCore(j, allowBareMonth) is not { } core)
        {
            return null;
        }

        return core.Point.Unit == DateUnit.Day && IsWeekdayOnly(core)
            ? ParseWeekday(core, expression, lead.SpanStart)
            : Complete(expression, core, lead);
    }

    private Lead ReadLead(int j, DateExpression expression)
    {
        if (IsWord(j, "the"))
        {
            j++;
        }

        if (IsWord(j, "from") || IsWord(j, "between"))
        {
            var from = IsWord(j, "from");
            return new Lead(IsWord(j + 1, "the") ? j + 2 : j + 1, j, from, !from, false);
        }

        var spanStart = -1;
        var theAfterQualifier = false;
        for (var round = 0; round < 2; round++)
        {
            if (!TryQualifier(j, out var phrase, out var phraseEnd) || !TakeQualifier(expression, phrase))
            {
                break;
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

        return new Lead(j, spanStart, false, false, theAfterQualifier);
    }

    /// <summary>An expression takes one outer and one inner qualifier ("by late 1991"), outer first.</summary>
    private static bool TakeQualifier(DateExpression expression, QualifierPhrase phrase)
    {
        if (phrase.Role == QualifierRole.Outer)
        {
            if (expression.Outer != DateQualifier.None || expression.Inner != DateQualifier.None)
            {
                return false;
            }

            expression.Outer = phrase.Qualifier;
            expression.OuterLabel = phrase.Label;
            return true;
        }

        if (expression.Inner != DateQualifier.None)
        {
            return false;
        }

        expression.Inner = phrase.Qualifier;
        expression.InnerRole = phrase.Role;
        expression.InnerLabel = phrase.Label;
        return true;
    }

    /// <summary>The core date with its range, if any, checked against the guards; its span from its lead.</summary>
    private DateExpression Complete(DateExpression expression, CoreDate core, Lead lead)
    {
        var spanStart = lead.SpanStart;
        expression.From = core.Point;
        var end = core.End;
        var ranged = _ranges.TryRange(core, lead.RangeFrom, lead.RangeBetween, out var start, out var to, out var rangeEnd);
        if (ranged)
        {
            expression.From = start;
            expression.To = to;
            end = rangeEnd;
        }
        else if (lead.RangeFrom || lead.RangeBetween)
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
        if (lead.TheAfterQualifier && !ranged && core.Point.Unit == DateUnit.Year)
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

    /// <summary>A future word earlier in the clause (back to a comma or the sentence's start).</summary>
    private bool LooksAhead(int start)
    {
        for (var k = start - 1; k >= 0 && !IsSymbolIn(k, ".,;!?:"); k--)
        {
            if (IsAnyWord(k) && Array.Exists(DateVocabulary.WeekdayAheadWords, w => IsWord(k, w)))
            {
                return true;
            }

            if (Tokens[k].NewlineBefore)
            {
                break;
            }
        }

        return false;
    }

    private static bool IsWeekdayOnly(CoreDate core) => core.Point.Day == 0;

    private DateExpression? ParseWeekday(CoreDate core, DateExpression expression, int spanStart)
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
            Ahead = LooksAhead(core.Start),
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

    private DateExpression? ParseRelative(int i) => RelativePhrases.Parse(this, i);

    /// <summary>A full calendar day at <paramref name="j"/> (for publication stamps), or null.</summary>
    public DatePoint? ParseDayAt(int j) =>
        _core.ParseCore(j, false) is { Point: { Unit: DateUnit.Day, Day: > 0, Year: > 0 } point } ? point : null;
}
