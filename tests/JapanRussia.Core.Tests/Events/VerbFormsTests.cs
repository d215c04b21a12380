using JapanRussia.Core.Events;

namespace JapanRussia.Core.Tests.Events;

public sealed class VerbFormsTests
{
    [Theory]
    [InlineData("resurfaced", false, "resurfaces")]
    [InlineData("announced", false, "announces")]
    [InlineData("changed", false, "changes")]
    [InlineData("moved", false, "moves")]
    [InlineData("argued", false, "argues")]
    [InlineData("visited", false, "visits")]
    [InlineData("signed", true, "sign")]
    [InlineData("met", false, "meets")]
    [InlineData("stopped", false, "stops")]
    [InlineData("carried", false, "carries")]
    [InlineData("pledged", false, "pledges")]
    [InlineData("hugged", false, "hugs")]
    [InlineData("created", false, "creates")]
    [InlineData("went", false, "goes")]
    public void PastTenseBecomesAWellFormedPresent(string past, bool plural, string present)
    {
        var baseForm = VerbForms.BaseOfPast(past);
        Assert.NotNull(baseForm);
        Assert.Equal(present, VerbForms.Present(baseForm, plural));
        Assert.DoesNotContain(TitleProblem.Garbled, TitleReadability.Check("Japan " + present + " the plan"));
    }
}
