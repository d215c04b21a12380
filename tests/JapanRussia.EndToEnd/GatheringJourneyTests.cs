using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace JapanRussia.EndToEnd;

/// <summary>A teacher gathers the island dispute in one address, and takes the view away as CSV and JSON.</summary>
[Collection(TimelineAppGroup.Name)]
public sealed partial class GatheringJourneyTests(TimelineApp app)
{
    [Fact]
    public async Task TheIslandDisputeIsGatheredInOneAddressFromShimodaToTheHaltOfTalks()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await TimelineApp.WaitForLiveTimelineAsync(page);
        await page.Locator("input[name=topic][value=territory]").CheckAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("topic=territory$"));
        var territory = await TotalAsync(page);

        await page.Locator("input[name=topic][value=treaties-and-agreements]").CheckAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/\?topic=territory&topic=treaties-and-agreements$"));
        await Assertions.Expect(page.Locator(".results-head .count")).Not.ToHaveTextAsync(new Regex($"^{territory} events"));
        Assert.True(await TotalAsync(page) > territory, "a second topic widens the view (any of)");
        await TimelineApp.ScreenshotAsync(page, "gather-01-island-dispute");

        // The one address holds the dispute from Shimoda to the halt of treaty talks, on the list's pages and on the axis.
        var total = await TotalAsync(page);
        var address = new Uri(page.Url).PathAndQuery;
        var events = await AllEventsAsync(address);
        Assert.Equal(total, events.Count);
        foreach (var (year, words) in new[] { ("1855", "Shimoda"), ("1956", "Joint Declaration"), ("2016", "Putin"), ("2022", "abandoning the discussions") })
        {
            Assert.Contains(events, e => e.StartsWith(year, StringComparison.Ordinal) && e.Contains(words, StringComparison.Ordinal));
        }

        await page.GotoAsync(address + "&view=axis");
        await Assertions.Expect(page.Locator(".results-head .count")).ToHaveTextAsync(new Regex($"^{total} events"));
        await TimelineApp.ScreenshotAsync(page, "gather-02-island-dispute-axis");
    }

    [Fact]
    public async Task DownloadingTheViewGivesItsEventsAsCsvAndJson()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/?era=cold-war&topic=territory");
        var total = await TotalAsync(page);
        Assert.True(total > 1, "the view needs events");

        var csv = await DownloadAsync(page, "CSV");
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,start,end,", rows[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(total, rows.Length - 1);

        var json = JsonNode.Parse(await DownloadAsync(page, "JSON"))!["events"]!.AsArray();
        Assert.Equal(total, json.Count);
        Assert.All(json, e =>
        {
            Assert.Equal("cold-war", e!["era"]!.GetValue<string>());
            Assert.Contains("territory", e["topics"]!.AsArray().Select(t => t!.GetValue<string>()));
        });
        await TimelineApp.ScreenshotAsync(page, "gather-03-download-this-view");
    }

    /// <summary>Clicks a "Download this view" link and reads the file the browser saved.</summary>
    private static async Task<string> DownloadAsync(IPage page, string format)
    {
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Navigation, new() { Name = "Download this view" }).GetByRole(AriaRole.Link, new() { Name = format, Exact = true }).ClickAsync());
        Assert.Contains("era=cold-war", download.Url, StringComparison.Ordinal);
        Assert.Contains("topic=territory", download.Url, StringComparison.Ordinal);
        var path = await download.PathAsync();
        return await File.ReadAllTextAsync(path);
    }

    /// <summary>Every event of an address as "start title", read through the API with the same filters.</summary>
    private async Task<List<string>> AllEventsAsync(string address)
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        var query = address[(address.IndexOf('?', StringComparison.Ordinal) + 1)..];
        var page = JsonNode.Parse(await http.GetStringAsync($"/api/events?pageSize=200&{query}"))!;
        return page["events"]!.AsArray().Select(e => e!["start"]!.GetValue<string>() + " " + e["title"]!.GetValue<string>()).ToList();
    }

    private static async Task<int> TotalAsync(IPage page)
    {
        var text = await page.Locator(".results-head .count").InnerTextAsync();
        return int.Parse(Digits().Match(text.Replace(",", "", StringComparison.Ordinal)).Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^\d+", RegexOptions.NonBacktracking)]
    private static partial Regex Digits();
}
