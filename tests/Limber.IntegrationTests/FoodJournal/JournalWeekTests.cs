using System.Net;
using System.Text;
using Limber.Features.FoodJournal;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.FoodJournal;

/// <summary>The week: energy and protein per day against the goals, as a chart with a table of the same numbers, and the CSV.</summary>
public sealed class JournalWeekTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Week_ChartsAndTabulatesEachDay_FromMonday()
    {
        var member = await app.GivenPremiumMemberAsync();
        var butter = await app.GivenButterAsync();
        await app.GivenGoalsAsync(member, kcal: 2000, protein: 100);
        await app.GivenEntryAsync(member, butter, new DateOnly(2026, 1, 12), 100);
        await app.GivenEntryAsync(member, butter, new DateOnly(2026, 1, 15), 200);
        await app.GivenEntryAsync(member, butter, new DateOnly(2026, 1, 15), 100, Meal.Dinner);
        await app.GivenEntryAsync(member, butter, new DateOnly(2026, 1, 19), 100);
        var client = app.CreateClient(member);

        var page = await client.GetDocumentAsync("/journal/week/2026-01-15");

        Assert.Equal("Week of 12 January 2026", page.Text("h1"));
        var rows = page.QuerySelectorAll("[data-test=week-table] tbody tr");
        Assert.Equal(7, rows.Length);
        Assert.Equal(("2026-01-12", "717"), (rows[0].GetAttribute("data-date"), rows[0].QuerySelector("[data-nutrient=energy]")!.TextContent));
        Assert.Equal(("2026-01-15", "2,151"), (rows[3].GetAttribute("data-date"), rows[3].QuerySelector("[data-nutrient=energy]")!.TextContent));
        Assert.Equal("0", rows[6].QuerySelector("[data-nutrient=energy]")!.TextContent);
        Assert.Equal("2,000", page.QuerySelector("[data-test=week-table] tfoot td")!.TextContent);
        var energy = page.QuerySelector("[data-test=chart-energy] svg")!;
        Assert.Equal("img", energy.GetAttribute("role"));
        Assert.Equal(7, energy.QuerySelectorAll("rect").Length);
        Assert.Contains("(over the goal)", energy.QuerySelectorAll("rect title")[3].TextContent);
        Assert.NotNull(energy.QuerySelector("line.journal-goal-line"));
        Assert.NotNull(page.QuerySelector("[data-test=chart-protein] svg"));
        Assert.NotNull(page.QuerySelector("a[href='/journal/week/2026-01-12?handler=Csv']"));
    }

    [Fact]
    public async Task Csv_HasEveryEntryOfTheRange()
    {
        var member = await app.GivenPremiumMemberAsync();
        var butter = await app.GivenButterAsync();
        await app.GivenEntryAsync(member, butter, new DateOnly(2026, 1, 13), 14.2, Meal.Breakfast);
        await app.GivenEntryAsync(member, butter, new DateOnly(2026, 1, 10), 5);
        var client = app.CreateClient(member);

        var week = await client.GetAsync("/journal/week/2026-01-15?handler=Csv");
        Assert.Equal("text/csv", week.Content.Headers.ContentType!.MediaType);
        var lines = Encoding.UTF8.GetString(await week.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(string.Join(',', JournalCsv.Header), lines[0]);
        Assert.Equal(["2026-01-13,breakfast,food,\"Butter, salted\",14.2,g,14.2,101.81,0.12,0.01,11.52,0,7.29,0.01,91.31"], lines[1..]);

        var range = await (await client.GetAsync("/journal/week/2026-01-15?handler=Csv&from=2026-01-01&to=2026-01-31")).Content.ReadAsStringAsync();
        Assert.Contains("2026-01-10,lunch", range);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/journal/week?handler=Csv&from=2026-01-31&to=2026-01-01")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/journal/week?handler=Csv&from=2024-01-01&to=2026-01-01")).StatusCode);
    }
}
