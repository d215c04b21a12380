using JapanRussia.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace JapanRussia.Core.Tests.Ingestion;

/// <summary>
/// Characters a reader cannot see (C0/C1 controls, escape sequences, zero-width and direction marks) do not change what
/// the engine finds, and every stored offset still points at the stored text exactly.
/// </summary>
public sealed class InvisibleCharacterIngestionTests : IDisposable
{
    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    [Theory]
    [InlineData("On 2 May 1911 a \u0000 fishing \u0007 convention was drafted.\u001b[31m\n")]
    [InlineData("On 2 May 1911 a fishing convention was drafted.\u001b[0m\u001b]0;title\u0007\n")]
    [InlineData("On 2\u200B May 1911 a fish\u00ADing con\u200Dvention was drafted.\n")]
    [InlineData("On\u00A02\u200BMay\u202F1911 a \u200Efishing\u200F convention was \u0085drafted.\n")]
    [InlineData("\u001b[1mOn 2 May 1911\u001b[22m a fishing convention was drafted.\n")]
    public async Task AnInvisibleCharacterLeavesTheDatedSentenceAnEventWithExactOffsets(string sentence)
    {
        _store.WriteDocument("control.txt", "Control notes\n\n" + sentence);

        await _store.IngestAsync();

        await using var context = _store.CreateDbContext();
        var document = await context.Documents.SingleAsync();
        var source = await context.EventSources.Include(s => s.Event).SingleAsync();
        Assert.Equal("2 May 1911", source.Event.Label);
        Assert.Contains("fishing convention", source.Event.Title, StringComparison.Ordinal);
        Assert.Equal(source.Excerpt, document.Text[source.Start..source.End]);
        Assert.Equal("2 May 1911", Visible(document.Text[source.DateStart..source.DateEnd]));
        Assert.StartsWith("On", source.Excerpt, StringComparison.Ordinal);
        Assert.Contains("drafted.", source.Excerpt, StringComparison.Ordinal);
    }

    private static string Visible(string text) =>
        string.Join(' ', text.Split(' ', '\u00A0', '\u202F', '\u2060', '\u200B').Where(w => w.Length > 0));
}
