using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace JapanRussia.EndToEnd;

/// <summary>
/// A prerendered page comes from the server's cache after its first reader. Every later reader gets the same bytes, and
/// so the same Blazor component descriptor; each must still get a live page of its own.
/// </summary>
[Collection(TimelineAppGroup.Name)]
public sealed partial class CachedPageTests(TimelineApp app)
{
    [Fact]
    public async Task ReadersServedTheSameCachedPageEachGetALiveTimeline()
    {
        const string Url = "/?era=post-soviet";
        var readers = new List<IPage>();
        var descriptors = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 3; i++)
        {
            var page = await app.NewPageAsync();
            var response = await page.GotoAsync(Url);
            descriptors.Add(Descriptor().Match(await response!.TextAsync()).Value);
            await TimelineApp.WaitForLiveTimelineAsync(page);
            readers.Add(page);
        }

        Assert.Single(descriptors);
        Assert.NotEqual(string.Empty, descriptors.Single());

        // Each reader's brush answers from a circuit of its own, and each reader's filters change only their own view.
        var label = await TimelineApp.DragAcrossStripAsync(readers[0], 0.80f, 0.90f);
        Assert.Matches(@"^\d{4}–\d{4}: ", label);
        await Assertions.Expect(readers[0]).ToHaveURLAsync(new Regex("era=post-soviet.*from=\\d{4}&to=\\d{4}"));
        await readers[1].GetByRole(AriaRole.Checkbox, new() { Name = "Cold War" }).CheckAsync();
        await Assertions.Expect(readers[1]).ToHaveURLAsync(new Regex("era=cold-war"));
        await readers[1].Locator(".active-filters").GetByText("Cold War").WaitForAsync();
        await TimelineApp.DragAcrossStripAsync(readers[2], 0.75f, 0.95f);
        await Assertions.Expect(readers[2]).ToHaveURLAsync(new Regex("from=\\d{4}&to=\\d{4}"));
        await Assertions.Expect(readers[0]).Not.ToHaveURLAsync(new Regex("cold-war"));
        await Assertions.Expect(readers[1]).ToHaveURLAsync(new Regex("^[^?]*\\?era=cold-war&era=post-soviet$"));
        foreach (var reader in readers)
        {
            await Assertions.Expect(reader.Locator("#components-reconnect-modal[open]")).ToHaveCountAsync(0);
        }

        await TimelineApp.ScreenshotAsync(readers[1], "15-cached-page-second-reader");
    }

    [GeneratedRegex("\"descriptor\":\"[^\"]+\"")]
    private static partial Regex Descriptor();
}
