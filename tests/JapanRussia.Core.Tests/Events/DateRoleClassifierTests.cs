using JapanRussia.Core.Dates;
using JapanRussia.Core.Documents;
using JapanRussia.Core.Events;

namespace JapanRussia.Core.Tests.Events;

/// <summary>
/// The role classifier's stages, one row per rule: a sentence, the date in it (as written), the role it gets and the
/// reason given. A dated clause with an actor and a verb is a happening unless it is a plan, a life span, a quantity,
/// an as-of state or a passing reference.
/// </summary>
public sealed class DateRoleClassifierTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "In 1960 the Soviet government warned Japan over the islands.", "1960", "Happening", RoleReasons.DatedClause },
        { "On Monday, 18 June 2012, Noda held a summit meeting with Putin in Los Cabos.", "18 June 2012", "Happening", RoleReasons.DatedClause },
        { "On 27 April 2018, in Moscow was held the fourth Russia-Japan forum.", "27 April 2018", "Happening", RoleReasons.DatedClause },
        { "The war of 1904–05 was fought between Russia and Japan.", "1904–05", "Happening", RoleReasons.DatedClause },
        { "1875: Japan and Russia exchanged Sakhalin for the Kurils.", "1875", "Happening", RoleReasons.TimelineEntry },
        { "1875 – Japan and Russia exchanged Sakhalin for the Kurils.", "1875", "Happening", RoleReasons.TimelineEntry },
        { "The dispute, dating back to 1855, remains unresolved.", "1855", "Background", RoleReasons.BackgroundCue },
        { "As of 2011, about 19,000 Russians lived on the islands.", "2011", "Background", RoleReasons.TimeFrame },
        { "Relations have been frozen since April 2013.", "April 2013", "Background", RoleReasons.TimeFrame },
        { "Gorbachev said he would visit Japan in 1991.", "1991", "Plan", RoleReasons.Plan },
        { "Talks are expected to resume in 2030.", "2030", "Plan", RoleReasons.Plan },
        { "On 31 July 2018, the foreign ministers will consider the timetable.", "31 July 2018", "Plan", RoleReasons.Plan },
        { "On 31 July 2018 the foreign ministers approved the timetable, which will be published.", "31 July 2018", "Happening", RoleReasons.DatedClause },
        { "Both sides agreed to conclude a peace treaty by the year 2000.", "2000", "Background", RoleReasons.TimeFrame },
        { "In 2015, trade between the two countries came to 1.3 billion dollars.", "2015", "Background", RoleReasons.Quantity },
        { "By 1990 the Russian population of the islands had grown to 30,000.", "1990", "Background", RoleReasons.TimeFrame },
        { "In 1997 Japanese exports to Russia fell to two thirds of their level.", "1997", "Background", RoleReasons.Quantity },
        { "In 1956 the long talks came to an end with 20 agreements.", "1956", "Happening", RoleReasons.DatedClause },
        { "2015-11-17 15:00:00", "2015-11-17", "Background", RoleReasons.PageStamp },
        { "Home > News > June 2012 > Japan-Russia Summit Meeting", "June 2012", "Background", RoleReasons.PageStamp },
        { "In 1905 Japan defeated Russia, as <b onclick=\"x()\">another</b> says.", "1905", "Happening", RoleReasons.DatedClause },
        { "The 1951 peace treaty left the islands' status open.", "1951", "Reference", RoleReasons.NamedByDate },
        { "Putin's 2000 Tokyo visit produced a statement.", "2000", "Occasion", RoleReasons.Occasion },
        { "Tokyo kept to the principles of 1956 in the talks.", "1956", "Reference", RoleReasons.PassingReference },
        { "Talks stalled after the Berlin Wall fell in 1989.", "1989", "Background", RoleReasons.SubordinateWithoutActor },
        { "Relations were tense in 1990.", "1990", "Background", RoleReasons.State },
        { "The islands were home to 17,000 people in 1945.", "1945", "Background", RoleReasons.State },
        { "The pact was a non-aggression pact between the two empires signed on April 13, 1941.", "April 13, 1941", "Happening", RoleReasons.DatedClause },
        { "On August 9, 1945, the Soviet Union, in breach of the pact that was still in force, opened the war with Japan.", "August 9, 1945", "Happening", RoleReasons.DatedClause },
        { "On the night of August 18, the first landing echelon approached the island of Shumshu in 1945.", "August 18", "Happening", RoleReasons.DatedClause },
    };

    /// <summary>A weekday in a report dated 22 March 2022: what was said or done that day.</summary>
    public static TheoryData<string, string, string, string> ReportCases => new()
    {
        { "Peace talks cannot go on under these conditions, the Foreign Ministry said Monday.", "Monday", "Happening", RoleReasons.DatedClause },
        { "Moscow \"cannot go on with the talks because it is impossible to talk with a state that holds a hostile position,\" the Foreign Ministry said Monday.", "Monday", "Happening", RoleReasons.DatedClause },
        { "A summit has been set for Thursday in Tokyo, the prime minister's office announced Friday.", "Friday", "Happening", RoleReasons.DatedClause },
        { "The foreign minister said at a press conference on Tuesday that he plans to attend the talks.", "Tuesday", "Happening", RoleReasons.DatedClause },
        { "The minister told reporters on Tuesday that the visit had been postponed.", "Tuesday", "Happening", RoleReasons.DatedClause },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachStageGivesItsRoleAndReason(string text, string dateText, string role, string reason) =>
        AssertRole(text, dateText, role, reason, new DateOnly(2100, 1, 1));

    [Theory]
    [MemberData(nameof(ReportCases))]
    public void AWeekdayInADatedReportGivesItsRoleAndReason(string text, string dateText, string role, string reason) =>
        AssertRole(text, dateText, role, reason, new DateOnly(2022, 3, 22));

    private static void AssertRole(string text, string dateText, string role, string reason, DateOnly publishedOn)
    {
        var sentence = new DatedSentence(text, new TextSpan(0, text.Length), DateRecognizer.Recognize(text, publishedOn));

        var readings = DateRoleClassifier.Read(sentence, publishedOn, Gazetteer.Default);

        var reading = Assert.Single(readings, r => text[r.Slot.Mention.Start..r.Slot.Mention.End].Contains(dateText, StringComparison.Ordinal));
        Assert.Equal((role, reason), (reading.Role.ToString(), reading.Reason));
    }

    [Fact]
    public void ADateAfterThePublicationIsAPlan()
    {
        const string Text = "Putin visited Tokyo in December 2016.";
        var sentence = new DatedSentence(Text, new TextSpan(0, Text.Length), DateRecognizer.Recognize(Text));

        var reading = Assert.Single(DateRoleClassifier.Read(sentence, new DateOnly(2016, 6, 1), Gazetteer.Default));

        Assert.Equal((DateRole.Plan, RoleReasons.AfterPublication), (reading.Role, reading.Reason));
    }
}
