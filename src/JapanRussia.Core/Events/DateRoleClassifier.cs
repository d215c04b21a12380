using JapanRussia.Core.Reference;

namespace JapanRussia.Core.Events;

/// <summary>
/// Decides, from the words around each date of a sentence, whether the date dates a happening (and which clause
/// states it) or is background, a plan or a passing reference. It runs named stages in order, the first that
/// decides wins; the words they look for are data (Reference/event-cues.json, Reference/role-cues.json).
/// </summary>
internal static class DateRoleClassifier
{
    public static List<DateReading> Read(DatedSentence sentence, DateOnly? publishedOn, Gazetteer gazetteer)
    {
        var readings = sentence.Dates.Select(slot => Classify(sentence, slot, publishedOn, gazetteer)).ToList();
        ApplyReportAnchor(sentence, readings);
        Collapse(readings);
        return readings;
    }

    private static DateReading Classify(DatedSentence s, DateSlot slot, DateOnly? publishedOn, Gazetteer gazetteer)
    {
        var (clauseStart, clauseEnd) = s.ClauseOf(slot.First);

        DateReading Reading(DateRole role, string reason) => new(slot, role, clauseStart, clauseEnd, reason);

        if (publishedOn is { } published && slot.Date.Start > published)
        {
            return Reading(DateRole.Plan, RoleReasons.AfterPublication);
        }

        if (LeadDate.EntryStart(s, slot) is { } entryStart)
        {
            return new DateReading(slot, DateRole.Happening, entryStart, s.ClauseOf(entryStart).End, RoleReasons.TimelineEntry);
        }

        if (TimeFrameStage.Reason(s, slot) is { } frame)
        {
            return Reading(DateRole.Background, frame);
        }

        if (PageStampStage.IsStamp(s, slot))
        {
            return Reading(DateRole.Background, RoleReasons.PageStamp);
        }

        if (PlanStage.HasPlanWord(s, slot, clauseStart) || PlanStage.HasFutureAfter(s, slot, clauseStart, clauseEnd))
        {
            return Reading(DateRole.Plan, RoleReasons.Plan);
        }

        if (QuantityStage.IsQuantity(s, slot, clauseStart, clauseEnd))
        {
            return Reading(DateRole.Background, RoleReasons.Quantity);
        }

        if (AttributiveStage.ReadAttributive(s, slot) is { } attributive)
        {
            return attributive;
        }

        if (AttributiveStage.IsPostpositiveReference(s, slot, clauseStart))
        {
            return Reading(DateRole.Reference, RoleReasons.PassingReference);
        }

        if (SubordinateStage.IsSubordinateWithoutActor(s, slot, clauseStart, clauseEnd, gazetteer))
        {
            return Reading(DateRole.Background, RoleReasons.SubordinateWithoutActor);
        }

        return StativeStage.ReadStative(s, slot, clauseStart) switch
        {
            StativeReading.When => new DateReading(slot, DateRole.Happening, slot.End + 1, s.ClauseOf(slot.End + 1).End, RoleReasons.WhenClause),
            StativeReading.State => Reading(DateRole.Background, RoleReasons.State),
            _ => new DateReading(slot, DateRole.Happening, clauseStart, StativeStage.SubjectHappeningEnd(s, slot, clauseStart, clauseEnd) ?? clauseEnd, RoleReasons.DatedClause),
        };
    }

    private static void ApplyReportAnchor(DatedSentence s, List<DateReading> readings)
    {
        var cues = CueBook.Get;
        var anchors = readings.Where(r => r.Role == DateRole.Happening && IsReported(s, r.Slot, cues)).ToList();
        if (anchors.Count == 0)
        {
            return;
        }

        var anchor = anchors.Max(a => a.Slot.Date.End);
        for (var i = 0; i < readings.Count; i++)
        {
            var r = readings[i];
            if (r.Role is DateRole.Happening or DateRole.Occasion && r.Slot.Date.Start > anchor)
            {
                readings[i] = r with { Role = DateRole.Plan, Reason = RoleReasons.LaterThanReport };
            }
        }
    }

    private static bool IsReported(DatedSentence s, DateSlot slot, EventCues cues)
    {
        var k = slot.First - 1;
        while (k >= 0 && s.Tokens[k].IsWord && RoleWords.Prepositions.Contains(s.Tokens[k].Text))
        {
            k--;
        }

        return k >= 0 && cues.ReportingVerbs.Contains(s.Tokens[k].Text);
    }

    /// <summary>Two dates of one happening in a sentence ("in his first news conference of 2016, on 04 January 2016"): keep the finer.</summary>
    private static void Collapse(List<DateReading> readings)
    {
        for (var i = 0; i < readings.Count; i++)
        {
            var coarse = readings[i];
            if (coarse.Role != DateRole.Happening)
            {
                continue;
            }

            var finer = readings.Exists(other => !ReferenceEquals(other, coarse) && other.Role == DateRole.Happening &&
                                                 other.Slot.Date.IsWithin(coarse.Slot.Date) &&
                                                 (other.Slot.Date.End.DayNumber - other.Slot.Date.Start.DayNumber) < (coarse.Slot.Date.End.DayNumber - coarse.Slot.Date.Start.DayNumber));
            if (finer)
            {
                readings[i] = coarse with { Role = DateRole.Background, Reason = RoleReasons.FinerDate };
            }
        }
    }
}
