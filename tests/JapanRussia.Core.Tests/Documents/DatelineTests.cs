using JapanRussia.Core.Documents;

namespace JapanRussia.Core.Tests.Documents;

/// <summary>News datelines: a place in capitals, a date or an agency, then a spaced dash or an agency mark.</summary>
public sealed class DatelineTests
{
    [Theory]
    [InlineData("SINGAPORE, Nov. 14 (Reuters) - Abe and Putin agreed.", "SINGAPORE, Nov. 14 (Reuters) -")]
    [InlineData("MOSCOW (AP) — Russia said on Monday.", "MOSCOW (AP) —")]
    [InlineData("TOKYO, November 1 – RIA Novosti. Hayashi admitted.", "TOKYO, November 1 –")]
    [InlineData("SOCHI, May 6. /TASS/. The talks began.", "SOCHI, May 6. /TASS/.")]
    [InlineData("ST. PETERSBURG, June 1 -- Talks opened.", "ST. PETERSBURG, June 1 --")]
    [InlineData("NEW YORK - The envoys met.", "NEW YORK -")]
    public void ADatelineEndsAfterItsDashOrMark(string text, string dateline)
    {
        Assert.Equal(dateline.Length, Dateline.End(text, 0, text.Length));
    }

    [Theory]
    [InlineData("In 1905 the war ended - or so it seemed.")]
    [InlineData("USSR and Japan signed a declaration in 1956.")]
    [InlineData("UN, the body of nations, met.")]
    [InlineData("Tokyo, Nov. 14 - the talks began.")]
    [InlineData("THE END")]
    public void ProseIsNoDateline(string text)
    {
        Assert.Null(Dateline.End(text, 0, text.Length));
    }
}
