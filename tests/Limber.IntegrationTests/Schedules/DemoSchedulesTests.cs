using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Schedules;

/// <summary>The demo schedules of a fresh install, built from the demo workouts, say what they are.</summary>
public sealed class DemoSchedulesTests(DemoSchedulesTests.Factory app) : IClassFixture<DemoSchedulesTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Limber:DemoContent", "true")];
    }

    [Fact]
    public async Task FreshInstall_HasAFreePosturalWeek_AndAPremiumFourWeekPlanOfTwentyMinutesADay()
    {
        var client = app.CreateClient(signedInAs: null);
        var cards = (await client.GetDocumentAsync("/schedules")).QuerySelectorAll("[data-test=schedule-card]")
            .ToDictionary(c => c.QuerySelector(".card-title")!.TextContent.Trim(), c => c.TextContent);

        Assert.Equal(["20 minutes a day: 4-week strong back", "Postural reset week"], cards.Keys);
        Assert.Contains("4 weeks", cards["20 minutes a day: 4-week strong back"]);
        Assert.Contains("5 days a week", cards["20 minutes a day: 4-week strong back"]);
        Assert.Contains("20 min a day", cards["20 minutes a day: 4-week strong back"]);
        Assert.Contains("Premium", cards["20 minutes a day: 4-week strong back"]);
        Assert.Contains("1 week", cards["Postural reset week"]);
        Assert.DoesNotContain("Premium", cards["Postural reset week"]);
        foreach (var slug in new[] { "postural-reset-week", "strong-back-4-weeks" })
        {
            var page = await client.GetDocumentAsync($"/schedules/{slug}");
            Assert.DoesNotContain("no longer available", page.Text("main"));
            Assert.Contains("Rest day", page.Text("main"));
        }
    }
}
