using JapanRussia.Core.Dates;

namespace JapanRussia.Core.Tests.Dates;

/// <summary>
/// One sentence, one expected mention: the sentence, the text the mention must cover, the span it normalises to
/// (ISO start and end days), precision, qualifier and label. Phrasing follows news, encyclopaedia and ministry
/// prose about Japan and Russia.
/// </summary>
public static class DateRecognizerCases
{
    private const DatePrecision Day = DatePrecision.Day;
    private const DatePrecision Month = DatePrecision.Month;
    private const DatePrecision Year = DatePrecision.Year;
    private const DatePrecision Decade = DatePrecision.Decade;
    private const DatePrecision Century = DatePrecision.Century;
    private const DatePrecision Approximate = DatePrecision.Approximate;
    private const DateQualifier None = DateQualifier.None;

    public static TheoryData<string, string, string, string, DatePrecision, DateQualifier, string> Days => new()
    {
        { "On February 10, 1904, a conflict began.", "February 10, 1904", "1904-02-10", "1904-02-10", Day, None, "10 February 1904" },
        { "The war began on 10 February 1904 at Port Arthur.", "10 February 1904", "1904-02-10", "1904-02-10", Day, None, "10 February 1904" },
        { "Putin on 05 September 2013 agreed with Abe.", "05 September 2013", "2013-09-05", "2013-09-05", Day, None, "5 September 2013" },
        { "On Monday, 18 June 2012, Mr. Noda met Putin.", "Monday, 18 June 2012", "2012-06-18", "2012-06-18", Day, None, "18 June 2012" },
        { "The visit on 15-16 December 2016 did not resolve it.", "15-16 December 2016", "2016-12-15", "2016-12-16", Day, None, "15–16 December 2016" },
        { "The visit on 15–16 December 2016 did not resolve it.", "15–16 December 2016", "2016-12-15", "2016-12-16", Day, None, "15–16 December 2016" },
        { "Data as of 2022-03-21 shows a fall.", "2022-03-21", "2022-03-21", "2022-03-21", Day, None, "21 March 2022" },
        { "The visit took place on October 11, 1993.", "October 11, 1993", "1993-10-11", "1993-10-11", Day, None, "11 October 1993" },
        { "On 28 September 2006, Lavrov said Russia would continue.", "28 September 2006", "2006-09-28", "2006-09-28", Day, None, "28 September 2006" },
        { "Russia announced on 21 Marach 2022 that it was abandoning talks.", "21 Marach 2022", "2022-03-21", "2022-03-21", Day, None, "21 March 2022" },
        { "Signed on 3 Feburary 1855 at Shimoda.", "3 Feburary 1855", "1855-02-03", "1855-02-03", Day, None, "3 February 1855" },
        { "It opened on 12 Septmber 1990.", "12 Septmber 1990", "1990-09-12", "1990-09-12", Day, None, "12 September 1990" },
        { "The declaration was signed on October 19, 1956, in Moscow.", "October 19, 1956", "1956-10-19", "1956-10-19", Day, None, "19 October 1956" },
        { "The agreement of January 23, 1928, permitted fishing.", "January 23, 1928", "1928-01-23", "1928-01-23", Day, None, "23 January 1928" },
        { "The treaty was signed April 25 (May 7), 1875 in St Petersburg.", "April 25 (May 7), 1875", "1875-05-07", "1875-05-07", Day, None, "7 May 1875" },
        { "Signed 25 April (7 May) 1875 in St Petersburg.", "25 April (7 May) 1875", "1875-05-07", "1875-05-07", Day, None, "7 May 1875" },
        { "Shimoda, January 26 (February 7), 1855.", "January 26 (February 7), 1855", "1855-02-07", "1855-02-07", Day, None, "7 February 1855" },
        { "Posted on Dec 15, 2016 in the evening edition.", "Dec 15, 2016", "2016-12-15", "2016-12-15", Day, None, "15 December 2016" },
        { "The summit of Sept. 5, 2019 was brief.", "Sept. 5, 2019", "2019-09-05", "2019-09-05", Day, None, "5 September 2019" },
        { "Talks resumed on the 5th of May 1905.", "5th of May 1905", "1905-05-05", "1905-05-05", Day, None, "5 May 1905" },
        { "It ended on May 9, 1945 in Europe.", "May 9, 1945", "1945-05-09", "1945-05-09", Day, None, "9 May 1945" },
        { "The ceasefire held from 9 May 1945 onwards.", "9 May 1945", "1945-05-09", "1945-05-09", Day, None, "9 May 1945" },
        { "Meetings were held December 15–16, 2016 in Nagato.", "December 15–16, 2016", "2016-12-15", "2016-12-16", Day, None, "15–16 December 2016" },
        { "The forum ran from August 28 to September 5, 2016 in Vladivostok.", "from August 28 to September 5, 2016", "2016-08-28", "2016-09-05", Day, None, "28 August – 5 September 2016" },
        { "A freeze lasted from 30 December 2015 to 2 January 2016.", "from 30 December 2015 to 2 January 2016", "2015-12-30", "2016-01-02", Day, None, "30 December 2015 – 2 January 2016" },
        { "The exercise ran 6–30 August 2018 near Sakhalin.", "6–30 August 2018", "2018-08-06", "2018-08-30", Day, None, "6–30 August 2018" },
        { "It was held on 1st March 2014.", "1st March 2014", "2014-03-01", "2014-03-01", Day, None, "1 March 2014" },
        { "The note was dated MARCH 3, 1920.", "MARCH 3, 1920", "1920-03-03", "1920-03-03", Day, None, "3 March 1920" },
        { "He was born on 12.03.1956 in Kyiv.", "12.03.1956", "1956-03-12", "1956-03-12", Day, None, "12 March 1956" },
        { "The quake struck on 3/25/2011 in Tohoku.", "3/25/2011", "2011-03-25", "2011-03-25", Day, None, "25 March 2011" },
        { "The summit was held on 7–8 September 2022 in Vladivostok.", "7–8 September 2022", "2022-09-07", "2022-09-08", Day, None, "7–8 September 2022" },
        { "The Treaty of Portsmouth was signed on September 5, 1905, ending the war.", "September 5, 1905", "1905-09-05", "1905-09-05", Day, None, "5 September 1905" },
        { "Page stamp 22-03-2022 recorded.", "22-03-2022", "2022-03-22", "2022-03-22", Day, None, "22 March 2022" },
        { "Tokyo's Aug. 15, 1945 surrender ended the war.", "Aug. 15, 1945", "1945-08-15", "1945-08-15", Day, None, "15 August 1945" },
        { "On Sunday, 20 March 2022, Kishida spoke.", "Sunday, 20 March 2022", "2022-03-20", "2022-03-20", Day, None, "20 March 2022" },
        { "Between 1 and 3 September 2019 the forum met.", "Between 1 and 3 September 2019", "2019-09-01", "2019-09-03", Day, None, "1–3 September 2019" },
        { "The drills ran 6 to 30 August 2018 near Sakhalin.", "6 to 30 August 2018", "2018-08-06", "2018-08-30", Day, None, "6–30 August 2018" },
    };

    public static TheoryData<string, string, string, string, DatePrecision, DateQualifier, string> Months => new()
    {
        { "In September 1992, Yeltsin postponed a visit.", "September 1992", "1992-09-01", "1992-09-30", Month, None, "September 1992" },
        { "In mid-April 1998, the Kawana summit was held.", "mid-April 1998", "1998-04-01", "1998-04-30", Month, DateQualifier.Mid, "mid-April 1998" },
        { "They signed a trade agreement in January 1966 and more.", "January 1966", "1966-01-01", "1966-01-31", Month, None, "January 1966" },
        { "Gromyko visited Tokyo in January 1972--one month before Nixon.", "January 1972", "1972-01-01", "1972-01-31", Month, None, "January 1972" },
        { "Japan occupied Chita until October 1920.", "until October 1920", "1920-10-01", "1920-10-31", Month, DateQualifier.Before, "until October 1920" },
        { "Sanctions were imposed in March 2022.", "March 2022", "2022-03-01", "2022-03-31", Month, None, "March 2022" },
        { "The USSR declared war in August 1945 and invaded.", "August 1945", "1945-08-01", "1945-08-31", Month, None, "August 1945" },
        { "Its 17th meeting since April 2013 went well.", "since April 2013", "2013-04-01", "2013-04-30", Month, DateQualifier.After, "since April 2013" },
        { "Talks were held in February 2016, NHK said.", "February 2016", "2016-02-01", "2016-02-29", Month, None, "February 2016" },
        { "The incident occurred in November 2010: Medvedev visited.", "November 2010", "2010-11-01", "2010-11-30", Month, None, "November 2010" },
        { "Published in May 2019 by the ministry.", "May 2019", "2019-05-01", "2019-05-31", Month, None, "May 2019" },
        { "The report (Dec. 2016) was late.", "Dec. 2016", "2016-12-01", "2016-12-31", Month, None, "December 2016" },
        { "The talks of September, 1992 failed.", "September, 1992", "1992-09-01", "1992-09-30", Month, None, "September 1992" },
        { "Fighting went on from January to March 1905.", "from January to March 1905", "1905-01-01", "1905-03-31", Month, None, "January–March 1905" },
        { "Troops stayed from December 1941 to January 1942.", "from December 1941 to January 1942", "1941-12-01", "1942-01-31", Month, None, "December 1941 – January 1942" },
        { "By early March 2022 the talks had stalled.", "By early March 2022", "2022-03-01", "2022-03-31", Month, DateQualifier.Before, "by early March 2022" },
        { "It happened in late August 1945.", "late August 1945", "1945-08-01", "1945-08-31", Month, DateQualifier.Late, "late August 1945" },
        { "Talks stalled at the end of June 2019.", "end of June 2019", "2019-06-01", "2019-06-30", Month, DateQualifier.Late, "end of June 2019" },
    };

    public static TheoryData<string, string, string, string, DatePrecision, DateQualifier, string> Years => new()
    {
        { "Japan turned north in 1956 again.", "1956", "1956-01-01", "1956-12-31", Year, None, "1956" },
        { "The Neutrality Pact (1941) was signed by Matsuoka.", "1941", "1941-01-01", "1941-12-31", Year, None, "1941" },
        { "From the Russo-Japanese War of 1904-5; and later.", "1904-5", "1904-01-01", "1905-12-31", Year, None, "1904–1905" },
        { "The Russo-Japanese War of 1904–05 ended at Portsmouth.", "1904–05", "1904-01-01", "1905-12-31", Year, None, "1904–1905" },
        { "Japanese soldiers in Siberia (1918–1922).", "1918–1922", "1918-01-01", "1922-12-31", Year, None, "1918–1922" },
        { "Moscow refused to sign the 1951 peace treaty.", "1951", "1951-01-01", "1951-12-31", Year, None, "1951" },
        { "Their alliance since 1960 year, Lavrov said.", "since 1960 year", "1960-01-01", "1960-12-31", Year, DateQualifier.After, "since 1960" },
        { "Putin's 2000 Tokyo visit produced an action plan.", "2000", "2000-01-01", "2000-12-31", Year, None, "2000" },
        { "— 1855: Japan and Russia sign the Treaty of Shimoda.", "1855", "1855-01-01", "1855-12-31", Year, None, "1855" },
        { "As of 2011 matters remain unresolved.", "2011", "2011-01-01", "2011-12-31", Year, None, "2011" },
        { "Intervention lasted from 1918 to 1922 in Siberia.", "from 1918 to 1922", "1918-01-01", "1922-12-31", Year, None, "1918–1922" },
        { "Trade grew between 1960 and 1975 steadily.", "between 1960 and 1975", "1960-01-01", "1975-12-31", Year, None, "1960–1975" },
        { "The fiscal 1990/91 budget rose.", "1990/91", "1990-01-01", "1991-12-31", Year, None, "1990–1991" },
        { "The intervention of 1918 – 1922 failed.", "1918 – 1922", "1918-01-01", "1922-12-31", Year, None, "1918–1922" },
        { "A 1956 Soviet offer to return one island.", "1956", "1956-01-01", "1956-12-31", Year, None, "1956" },
        { "Japan-Soviet trade in 1988 was valued at nearly US$6 billion.", "1988", "1988-01-01", "1988-12-31", Year, None, "1988" },
        { "The Joint Declaration of 1956 promised two islands.", "1956", "1956-01-01", "1956-12-31", Year, None, "1956" },
        { "At the 2018 Thirteenth East Asia Summit in Singapore.", "2018", "2018-01-01", "2018-12-31", Year, None, "2018" },
        { "Russia annexed Crimea in 2014, when troops moved in.", "2014", "2014-01-01", "2014-12-31", Year, None, "2014" },
        { "This was in the year 1000 exactly.", "1000", "1000-01-01", "1000-12-31", Year, None, "1000" },
        { "A plan for 2100 was drafted.", "2100", "2100-01-01", "2100-12-31", Year, None, "2100" },
        { "The Kuril Islands (1875–1945) were Japanese.", "1875–1945", "1875-01-01", "1945-12-31", Year, None, "1875–1945" },
        { "Trade fell 12% in 2015-16 amid sanctions.", "2015-16", "2015-01-01", "2016-12-31", Year, None, "2015–2016" },
        { "Japan's Abe visited 27 times between 2012 and 2020.", "between 2012 and 2020", "2012-01-01", "2020-12-31", Year, None, "2012–2020" },
        { "The late Prime Minister Abe visited in 2016.", "2016", "2016-01-01", "2016-12-31", Year, None, "2016" },
        { "The years 1941-1945 were hard.", "1941-1945", "1941-01-01", "1945-12-31", Year, None, "1941–1945" },
    };

    public static TheoryData<string, string, string, string, DatePrecision, DateQualifier, string> DecadesAndCenturies => new()
    {
        { "Economic cooperation expanded during the 1970s, despite strains.", "1970s", "1970-01-01", "1979-12-31", Decade, None, "1970s" },
        { "— 1960s-1970s: No progress on the dispute.", "1960s-1970s", "1960-01-01", "1979-12-31", Decade, None, "1960s–1970s" },
        { "Relations improved appreciably after the mid-1960s.", "after the mid-1960s", "1960-01-01", "1969-12-31", Decade, DateQualifier.After, "after the mid-1960s" },
        { "Relations improved in the mid-1960s.", "mid-1960s", "1960-01-01", "1969-12-31", Decade, DateQualifier.Mid, "mid-1960s" },
        { "In the late 1990s Russia pivoted east.", "late 1990s", "1990-01-01", "1999-12-31", Decade, DateQualifier.Late, "late 1990s" },
        { "By the late 1990s, Russia pivoted east.", "By the late 1990s", "1990-01-01", "1999-12-31", Decade, DateQualifier.Before, "by the late 1990s" },
        { "During the first half of the 1950s, problems remained.", "first half of the 1950s", "1950-01-01", "1954-12-31", Decade, DateQualifier.Early, "first half of the 1950s" },
        { "The second half of the 1950s saw more exchanges.", "second half of the 1950s", "1955-01-01", "1959-12-31", Decade, DateQualifier.Late, "second half of the 1950s" },
        { "Rivalry in Korea in the late nineteenth century grew.", "late nineteenth century", "1801-01-01", "1900-12-31", Century, DateQualifier.Late, "late 19th century" },
        { "Relations dating to the 19th century.", "19th century", "1801-01-01", "1900-12-31", Century, None, "19th century" },
        { "The 1980s Soviet military buildup alarmed Japan.", "1980s", "1980-01-01", "1989-12-31", Decade, None, "1980s" },
        { "Throughout the rest of the 1980s, officials were firm.", "1980s", "1980-01-01", "1989-12-31", Decade, None, "1980s" },
        { "In the early 1990s aid flowed.", "early 1990s", "1990-01-01", "1999-12-31", Decade, DateQualifier.Early, "early 1990s" },
        { "Fashions of the 1960's returned.", "1960's", "1960-01-01", "1969-12-31", Decade, None, "1960s" },
        { "The twentieth century was violent.", "twentieth century", "1901-01-01", "2000-12-31", Century, None, "20th century" },
        { "Issues of the twenty-first century loom.", "twenty-first century", "2001-01-01", "2100-12-31", Century, None, "21st century" },
        { "A 19th-century treaty still matters.", "19th-century", "1801-01-01", "1900-12-31", Century, None, "19th century" },
        { "Japan industrialised in the mid-19th century.", "mid-19th century", "1801-01-01", "1900-12-31", Century, DateQualifier.Mid, "mid-19th century" },
        { "By the 1980s the economy boomed.", "By the 1980s", "1980-01-01", "1989-12-31", Decade, DateQualifier.Before, "by the 1980s" },
        { "Between the 1950s and the 1970s trade grew.", "Between the 1950s and the 1970s", "1950-01-01", "1979-12-31", Decade, None, "1950s–1970s" },
        { "The 1990s-era reforms failed.", "1990s", "1990-01-01", "1999-12-31", Decade, None, "1990s" },
        { "Trade boomed in the 1950s–1960s era.", "1950s–1960s", "1950-01-01", "1969-12-31", Decade, None, "1950s–1960s" },
        { "Ties grew in the first half of the 19th century.", "first half of the 19th century", "1801-01-01", "1850-12-31", Century, DateQualifier.Early, "first half of the 19th century" },
    };

    public static TheoryData<string, string, string, string, DatePrecision, DateQualifier, string> Qualified => new()
    {
        { "Negotiations broke down early in 1956 over claims.", "early in 1956", "1956-01-01", "1956-12-31", Year, DateQualifier.Early, "early 1956" },
        { "Following tension in early 2011, Medvedev acted.", "early 2011", "2011-01-01", "2011-12-31", Year, DateQualifier.Early, "early 2011" },
        { "Yeltsin took power in late 1991 upon dissolution.", "late 1991", "1991-01-01", "1991-12-31", Year, DateQualifier.Late, "late 1991" },
        { "The treaty in mid-1978 was a setback.", "mid-1978", "1978-01-01", "1978-12-31", Year, DateQualifier.Mid, "mid-1978" },
        { "By 1979 overall trade had reached a peak.", "By 1979", "1979-01-01", "1979-12-31", Year, DateQualifier.Before, "by 1979" },
        { "By 1990, Japan appeared the least enthusiastic.", "By 1990", "1990-01-01", "1990-12-31", Year, DateQualifier.Before, "by 1990" },
        { "After 1975 the Soviet Union began to warn.", "After 1975", "1975-01-01", "1975-12-31", Year, DateQualifier.After, "after 1975" },
        { "As early as 1956, it hinted at a return.", "As early as 1956", "1956-01-01", "1956-12-31", Year, DateQualifier.Before, "by 1956" },
        { "The census of c. 1990 counted them.", "c. 1990", "1990-01-01", "1990-12-31", Year, DateQualifier.Circa, "c. 1990" },
        { "It was built circa 1990 near Nemuro.", "circa 1990", "1990-01-01", "1990-12-31", Year, DateQualifier.Circa, "c. 1990" },
        { "It was built around 1990 near Nemuro.", "around 1990", "1990-01-01", "1990-12-31", Year, DateQualifier.Circa, "c. 1990" },
        { "He proposed a peace treaty by 2000.", "by 2000", "2000-01-01", "2000-12-31", Year, DateQualifier.Before, "by 2000" },
        { "It happened before 1945 in Manchuria.", "before 1945", "1945-01-01", "1945-12-31", Year, DateQualifier.Before, "before 1945" },
        { "It stood ca. 1900 on the hill.", "ca. 1900", "1900-01-01", "1900-12-31", Year, DateQualifier.Circa, "c. 1900" },
        { "Settled approximately 1850 by traders.", "approximately 1850", "1850-01-01", "1850-12-31", Year, DateQualifier.Circa, "c. 1850" },
        { "Japan will act no later than 2030, officials said.", "no later than 2030", "2030-01-01", "2030-12-31", Year, DateQualifier.Before, "by 2030" },
        { "Reforms came in the first half of 1956.", "first half of 1956", "1956-01-01", "1956-06-30", Year, DateQualifier.Early, "first half of 1956" },
        { "Reforms came in the second half of 1956.", "second half of 1956", "1956-07-01", "1956-12-31", Year, DateQualifier.Late, "second half of 1956" },
        { "The blockade lasted until 1923 in places.", "until 1923", "1923-01-01", "1923-12-31", Year, DateQualifier.Before, "until 1923" },
        { "Late in 1945 the Soviets landed.", "Late in 1945", "1945-01-01", "1945-12-31", Year, DateQualifier.Late, "late 1945" },
        { "At the beginning of 1992 aid began.", "beginning of 1992", "1992-01-01", "1992-12-31", Year, DateQualifier.Early, "beginning of 1992" },
        { "Since 1991, the islands have been disputed.", "Since 1991", "1991-01-01", "1991-12-31", Year, DateQualifier.After, "since 1991" },
        { "Since the 1990s ties have warmed.", "Since the 1990s", "1990-01-01", "1999-12-31", Decade, DateQualifier.After, "since the 1990s" },
    };

    public static TheoryData<string, string, string, string, DatePrecision, DateQualifier, string> Relative => new()
    {
        { "Japan and the Soviet Union restored relations a decade after World War II, but a dispute remained.", "a decade after World War II", "1955-01-01", "1955-12-31", Approximate, DateQualifier.Circa, "c. 1955" },
        { "Trade resumed two years after the Second World War.", "two years after the Second World War", "1947-01-01", "1947-12-31", Approximate, DateQualifier.Circa, "c. 1947" },
        { "Tension peaked a decade before World War II.", "a decade before World War II", "1929-01-01", "1929-12-31", Approximate, DateQualifier.Circa, "c. 1929" },
        { "Ties were restored two decades after the Russo-Japanese War.", "two decades after the Russo-Japanese War", "1925-01-01", "1925-12-31", Approximate, DateQualifier.Circa, "c. 1925" },
        { "Aid was cut a year after the collapse of the Soviet Union.", "a year after the collapse of the Soviet Union", "1992-01-01", "1992-12-31", Approximate, DateQualifier.Circa, "c. 1992" },
    };

    public static TheoryData<string> NotDates => new()
    {
        "Trade had reached US$4.4 billion annually by then.",
        "Trade was valued at nearly US$6 billion.",
        "A loan of $4.4 billion was agreed.",
        "Some 56 islands of the Kuril chain were taken.",
        "Their 17th meeting was brief.",
        "War would start 90 days after the defeat of Germany.",
        "Some 1,000 soldiers landed.",
        "Russia moved 2000 troops to the islands.",
        "About 1500 people live there.",
        "The road is 1200 km long.",
        "They caught 1800 tons of crab.",
        "The squadron sailed for Korea [1100.AM] after the council.",
        "The fleet left the harbour at 1100 AM and met no resistance.",
        "The cable was sent at 0930 hours from the embassy.",
        "The talks ended at 1145 p.m. in the capital.",
        "The bill cost 2000 yen.",
        "Contacts in the 2+2 format resumed.",
        "This was contested.[14][15]",
        "The death was caused by a stray bullet.[1]",
        "The president Woodrow Wilson (1856–1924) mediated.",
        "Foreign Minister Yosuke Matsuoka (1880-1946) signed it.",
        "Posted: Dec 15, 2016 9:47 AM",
        "Page last modified: 22-03-2022 10:52:10 ZULU",
        "Updated: 12 March 2022 10:30 GMT",
        "Published 21 March 2022 14:05 JST",
        "Call +7 495 1956 2345 for details.",
        "Call 03-1956-2345 for details.",
        "ISBN 978-5-1956-2345-1 is listed.",
        "The meeting starts at 9:47 AM.",
        "Support fell to 1995% of the target.",
        "Support was 19.56% lower.",
        "See Resolution No. 1956 of the council.",
        "See p. 1956 for the table.",
        "The embassy is at 1956 Massachusetts Avenue.",
        "Soldiers march 20 km a day.",
        "They may 2 times refuse.",
        "Mary 5 is a name.",
        "Each of the 2000 members voted.",
        "The G20 summit was held near St. Petersburg.",
        "The five-year trade agreement was renewed.",
        "It came to 1956 percent.",
        "He returned four years after his first spearheading visit.",
        "Ties worsened a decade after the war.",
        "The following year was difficult.",
        "The exhibit took place in May.",
        "Ask Monday Group for the figures.",
        "Prices rose 3.5 percent in the period.",
        "Flight 2012 left Tokyo.",
        "The earthquake struck on 3/11/2011 at 14:46.",
        "Emperor Meiji (1852–1912) ruled Japan.",
        "Trade rose by 1,500 tonnes.",
        "Code 1999-12-45 is obsolete.",
        "The record 12345 stands.",
        "The year 999 is too early and 2101 too late.",
        "They visited Room 1945 at the hotel.",
        "Box office takings hit ¥2000 on day one.",
    };
}
