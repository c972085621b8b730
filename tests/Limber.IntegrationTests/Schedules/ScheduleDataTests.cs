using System.Text.Json;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Schedules;

/// <summary>A member's schedules are in their export and go with their account; the demo content ships two schedules.</summary>
public sealed class ScheduleDataTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Export_HasTheSchedulesFollowed_AndDeletingTheAccountErasesThem()
    {
        var member = await app.GivenMemberAsync(password: "correct horse battery");
        await app.GivenEnrolmentAsync(member, await app.GivenScheduleAsync(await app.GivenWorkoutAsync(), title: "Exported eider plan"), app.Today());
        var client = app.CreateClient(member);

        var export = await client.GetAsync("/account/export");
        var json = JsonDocument.Parse(await export.Content.ReadAsStringAsync()).RootElement;
        var schedules = json.GetProperty("schedules");
        Assert.Equal("Exported eider plan", schedules.GetProperty("enrolments")[0].GetProperty("title").GetString());
        Assert.Equal(7, schedules.GetProperty("enrolments")[0].GetProperty("days").GetArrayLength());

        var form = (await client.GetDocumentAsync("/account/delete")).Form();
        await client.SubmitAsync(form, new Dictionary<string, string> { ["Password"] = "correct horse battery" });

        Assert.False(await app.WithDbAsync(db => db.Enrolments.AnyAsync(e => e.MemberId == member.Id)));
        Assert.False(await app.WithDbAsync(db => db.SchedulePreferences.AnyAsync(p => p.MemberId == member.Id)));
    }
}
