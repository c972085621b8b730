using Deque.AxeCore.Playwright;

namespace Limber.BrowserTests;

/// <summary>axe-core on the main pages: no serious or critical violations, in light and dark mode.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class AccessibilityTests(BrowserFixture app)
{
    [Theory]
    [InlineData("/", "light")]
    [InlineData("/articles/back-pain-have-you-tried-inversion-therapy", "light")]
    [InlineData("/articles/back-pain-have-you-tried-inversion-therapy", "dark")]
    [InlineData("/articles/the-inversion-table-progression-plan-members-guide", "light")]
    [InlineData("/search?q=back", "light")]
    [InlineData("/account/login", "dark")]
    [InlineData("/account/register", "light")]
    [InlineData("/join", "light")]
    [InlineData("/join", "dark")]
    [InlineData("/workouts", "light")]
    [InlineData("/workouts/twenty-minute-full-body", "dark")]
    [InlineData("/series/postural-therapy-basics", "light")]
    [InlineData("/articles/back-pain-have-you-tried-inversion-therapy#comments", "dark")]
    [InlineData("/schedules", "light")]
    [InlineData("/schedules", "dark")]
    [InlineData("/schedules/postural-reset-week", "light")]
    [InlineData("/schedules/strong-back-4-weeks", "dark")]
    [InlineData("/recipes", "light")]
    [InlineData("/recipes/salmon-sweet-potato-greens", "dark")]
    [InlineData("/foods?q=chick+bre", "light")]
    public async Task Page_HasNoSeriousAccessibilityViolations(string path, string scheme)
    {
        var page = await app.NewPageAsync();
        await page.EmulateMediaAsync(new() { ColorScheme = scheme == "dark" ? Microsoft.Playwright.ColorScheme.Dark : Microsoft.Playwright.ColorScheme.Light });
        await page.GotoAsync(path);

        await AssertNoSeriousViolationsAsync(page);
    }

    /// <summary>axe-core on the page as it is now; for a page a flow reaches signed in (<c>/me/schedule</c>).</summary>
    internal static async Task AssertNoSeriousViolationsAsync(Microsoft.Playwright.IPage page)
    {
        var result = await page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }
}
