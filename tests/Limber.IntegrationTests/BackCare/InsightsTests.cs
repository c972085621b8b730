using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Limber.Features.BackCare;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.BackCare;

/// <summary>
/// Insights on hand-made data, on a member in New York (UTC-5 in January; the app's clock says
/// 04:00 on Thursday 15 January there): the page, the API and the CSV give the same numbers.
/// </summary>
public sealed class InsightsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static DateTime Utc(int day, int hour, int minute = 0) => new(2026, 1, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Days_FollowTheMembersClock_WithSeveralEntriesADay_AndEmptyDays()
    {
        var member = await app.GivenMemberAsync();
        await app.SetTimeZoneAsync(member, "America/New_York");
        await app.GivenPainAsync(member, PainArea.LowerBack, 2, Utc(13, 14));
        await app.GivenPainAsync(member, PainArea.LowerBack, 6, Utc(13, 22));
        await app.GivenPainAsync(member, PainArea.Neck, 5, Utc(13, 23));
        await app.GivenPainAsync(member, PainArea.LowerBack, 7, Utc(15, 3)); // 22:00 on the 14th in New York
        await app.GivenInversionAsync(member, Utc(15, 4, 30), minutes: 5); // 23:30 on the 14th
        await app.GivenInversionAsync(member, Utc(14, 12), minutes: 3);
        var postural = await app.GivenWorkoutAsync();
        await app.GivenPosturalAsync(postural);
        await app.GivenWorkoutDoneAsync(member, postural, Utc(12, 15));
        var client = app.CreateClient(member);

        var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/back-care/insights?weeks=4");

        Assert.Equal(28, json.GetProperty("days").GetArrayLength());
        Assert.Equal("2026-01-15", json.GetProperty("to").GetString());
        Assert.Equal("2025-12-19", json.GetProperty("from").GetString());
        Assert.Equal("America/New_York", json.GetProperty("timeZone").GetString());
        var days = json.GetProperty("days").EnumerateArray().ToDictionary(d => d.GetProperty("date").GetString()!);
        var thirteenth = days["2026-01-13"].GetProperty("pain");
        Assert.Equal(2, thirteenth.GetArrayLength());
        Assert.Equal(("lowerBack", 4.0, 2, 6, 2), Pain(thirteenth[0]));
        Assert.Equal(("neck", 5.0, 5, 5, 1), Pain(thirteenth[1]));
        Assert.Equal(("lowerBack", 7.0, 7, 7, 1), Pain(days["2026-01-14"].GetProperty("pain")[0]));
        Assert.Equal(8, days["2026-01-14"].GetProperty("inversionMinutes").GetInt32());
        Assert.Equal(0, days["2026-01-15"].GetProperty("pain").GetArrayLength());
        Assert.Equal(0, days["2026-01-15"].GetProperty("inversionMinutes").GetInt32());
        Assert.Equal(1, days["2026-01-12"].GetProperty("posturalWorkouts").GetInt32());
        Assert.Equal(0, days["2026-01-10"].GetProperty("pain").GetArrayLength());
        Assert.Equal(8, json.GetProperty("inversionMinutes").GetInt32());

        var page = await client.GetDocumentAsync("/back-care/insights?weeks=4");
        Assert.Equal("4.0 (2–6)", page.Text("tr[data-date='2026-01-13'] td[data-area=LowerBack]"));
        Assert.Equal("5.0", page.Text("tr[data-date='2026-01-13'] td[data-area=Neck]"));
        Assert.Equal("8", page.Text("tr[data-date='2026-01-14'] [data-test=minutes]"));
        Assert.Equal("1", page.Text("tr[data-date='2026-01-12'] [data-test=postural]"));
        Assert.Null(page.QuerySelector("tr[data-date='2026-01-15']"));
        var chart = page.QuerySelector("figure.insights-chart svg")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Contains("Daily pain per area and inversion minutes", page.Text("#chart-title"));
        Assert.Single(chart.QuerySelectorAll("rect.chart-bar"));
        Assert.NotNull(page.QuerySelectorAll("a").FirstOrDefault(a => a.TextContent == "Download CSV"));
    }

    [Fact]
    public async Task Summary_StatesItsSampleSize_OrThatThereIsNotEnoughDataYet()
    {
        var member = await app.GivenMemberAsync();
        var client = app.CreateClient(member);
        // Two days after a session (one the day before, one that morning before the score) and one other day.
        await app.GivenInversionAsync(member, Utc(10, 8));
        await app.GivenPainAsync(member, PainArea.LowerBack, 2, Utc(11, 9));
        await app.GivenInversionAsync(member, Utc(13, 7));
        await app.GivenPainAsync(member, PainArea.LowerBack, 3, Utc(13, 8));
        await app.GivenPainAsync(member, PainArea.LowerBack, 6, Utc(5, 9));

        var page = await client.GetDocumentAsync("/back-care/insights");
        Assert.Equal("Not enough data yet to compare your lower-back pain on days after an inversion session with other days: 2 days after a session "
            + "and 1 day without one so far, over 3 days with entries; each side needs at least 5 days.", page.Text("[data-test=summary]"));

        // Five more days on each side, far enough apart that the other days are not after a session.
        for (var day = 0; day < 5; day++)
        {
            await app.GivenInversionAsync(member, Utc(1, 8).AddDays(-30 - (4 * day)));
            await app.GivenPainAsync(member, PainArea.LowerBack, 2, Utc(1, 9).AddDays(-29 - (4 * day)));
            await app.GivenPainAsync(member, PainArea.LowerBack, 6, Utc(1, 9).AddDays(-27 - (4 * day)));
        }
        var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/back-care/insights");
        var summary = json.GetProperty("summaries")[0];
        Assert.Equal((13, 7, 6), (summary.GetProperty("daysWithEntries").GetInt32(), summary.GetProperty("daysAfterSession").GetInt32(), summary.GetProperty("otherDays").GetInt32()));
        Assert.True(summary.GetProperty("enoughData").GetBoolean());
        page = await client.GetDocumentAsync("/back-care/insights");
        Assert.Equal("On days after an inversion session your lower-back pain averaged 2.1, against 6.0 on other days, over 13 days with entries "
            + "(7 after a session, 6 other days).", page.Text("[data-test=summary]"));
        Assert.DoesNotContain("because", page.Text("[data-test=insights-summary]"));
    }

    [Fact]
    public async Task Csv_IsUtf8WithABom_OneHeaderRow_AndARowPerEntryAndSession_InTheMembersZone()
    {
        var member = await app.GivenMemberAsync();
        await app.SetTimeZoneAsync(member, "America/New_York");
        await app.GivenPainAsync(member, PainArea.SiJoint, 4, Utc(15, 3), notes: "Sore, after \"the\" long drive");
        await app.GivenPainAsync(member, PainArea.Neck, 2, Utc(10, 15), notes: "=1+1");
        await app.GivenInversionAsync(member, Utc(14, 12), minutes: 3, angle: 30, painBefore: 5, painAfter: 4, device: Device.Chair);
        var client = app.CreateClient(member);

        var response = await client.GetAsync("/back-care/insights?handler=Csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("back-care.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Equal("kind,date,time,area,score,device,angle,minutes,painBefore,painAfter,notes", lines[0]);
        // A note a spreadsheet would run as a formula is written as text.
        Assert.Equal("pain,2026-01-10,2026-01-10T10:00:00-05:00,Neck,2,,,,,,\"'=1+1\"", lines[1]);
        Assert.Equal("session,2026-01-14,2026-01-14T07:00:00-05:00,,,Chair,30,3,5,4,", lines[2]);
        Assert.Equal("pain,2026-01-14,2026-01-14T22:00:00-05:00,SI joint,4,,,,,,\"Sore, after \"\"the\"\" long drive\"", lines[3]);
    }

    private static (string, double, int, int, int) Pain(JsonElement p) => (p.GetProperty("area").GetString()!, p.GetProperty("average").GetDouble(),
        p.GetProperty("min").GetInt32(), p.GetProperty("max").GetInt32(), p.GetProperty("entries").GetInt32());
}
