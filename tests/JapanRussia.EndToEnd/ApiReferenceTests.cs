using Microsoft.Playwright;

namespace JapanRussia.EndToEnd;

/// <summary>The API reference page in Chromium under its Content-Security-Policy: it renders, and asks no other host for anything.</summary>
[Collection(TimelineAppGroup.Name)]
public sealed class ApiReferenceTests(TimelineApp app)
{
    [Fact]
    public async Task TheReferenceRendersTheApiFromThisOriginWithoutPolicyViolations()
    {
        var page = await app.NewPageAsync();
        var requests = new List<string>();
        var violations = new List<string>();
        page.Request += (_, request) =>
        {
            lock (requests)
            {
                requests.Add(request.Url);
            }
        };
        await page.ExposeFunctionAsync("__reportViolation", (string violation) =>
        {
            lock (violations)
            {
                violations.Add(violation);
            }
        });
        await page.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => window.__reportViolation(e.violatedDirective + ' ' + e.blockedURI));");

        await page.GotoAsync("about");
        await page.GetByRole(AriaRole.Link, new() { Name = "API reference" }).First.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Exports", Exact = true }).First).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await TimelineApp.ScreenshotAsync(page, "api-reference");
        Assert.Equal(0, await page.GetByText("Ask AI Agent").CountAsync());
        lock (requests)
        {
            Assert.All(requests, url => Assert.True(
                url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal) ||
                new Uri(url).Authority == app.BaseAddress.Authority, $"a request off this origin: {url}"));
            Assert.Contains(requests, url => url.EndsWith("/openapi/v1.json", StringComparison.Ordinal));
        }

        lock (violations)
        {
            // The bundle probes eval and goes on without it when refused; the policy keeps eval off rather than allow it.
            Assert.DoesNotContain(violations, v => !v.StartsWith("script-src eval", StringComparison.Ordinal));
        }
    }
}
