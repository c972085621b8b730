using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Limber.Features.BackCare;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.BackCare;

/// <summary>The session log: several a day, edit and delete, the member's clock, the progression's caps and the boots rule.</summary>
public sealed class InversionSessionsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Sessions_AreLoggedInTheMembersTimeZone_EditedAndDeleted_OnlyByTheirOwner()
    {
        var member = await GivenClearedMemberAsync();
        await app.SetTimeZoneAsync(member, "Europe/Paris");
        var client = app.CreateClient(member);
        var form = (await client.GetDocumentAsync("/back-care/inversion")).Form("#session-form");

        await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.StartedAt"] = "2026-01-14T23:30", ["Input.Notes"] = "Late one" });
        await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Notes"] = "Just now" });

        var sessions = await app.WithDbAsync(db => db.InversionSessions.Where(s => s.MemberId == member.Id).OrderBy(s => s.StartedAtUtc).ToListAsync());
        Assert.Equal(2, sessions.Count);
        Assert.Equal(new DateTime(2026, 1, 14, 22, 30, 0), sessions[0].StartedAtUtc); // 23:30 in Paris is 22:30 UTC in winter
        Assert.Contains("Wed 14 Jan, 23:30", (await client.GetDocumentAsync("/back-care/inversion")).Text("[data-test=recent-sessions]"));

        var edit = (await client.GetDocumentAsync($"/back-care/inversion?edit={sessions[0].Id}")).Form("#session-form");
        Assert.Equal("2026-01-14T23:30", edit.QuerySelector("input[name='Input.StartedAt']")!.GetAttribute("value")?[..16]);
        var bad = await Html.ParseAsync(await client.SubmitAsync(edit, new Dictionary<string, string> { ["Input.Minutes"] = "90", ["Input.Notes"] = "Edited" }));
        Assert.Equal(LogSession.Messages.Minutes, bad.FieldError("Input.Minutes"));
        Assert.Equal("Edited", bad.QuerySelector("textarea[name='Input.Notes']")!.TextContent.Trim());
        await client.SubmitAsync(edit, new Dictionary<string, string> { ["Input.Minutes"] = "4", ["Input.Notes"] = "Edited" });
        Assert.Equal(4, await app.WithDbAsync(db => db.InversionSessions.Where(s => s.Id == sessions[0].Id).Select(s => s.Minutes).SingleAsync()));

        var other = app.CreateClient(await GivenClearedMemberAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/back-care/inversion?edit={sessions[0].Id}")).StatusCode);
        var otherDelete = await other.PostAsync($"/back-care/inversion?handler=Delete&id={sessions[0].Id}", await FormAsync(other));
        Assert.Equal(HttpStatusCode.NotFound, otherDelete.StatusCode);

        var delete = (await client.GetDocumentAsync("/back-care/inversion")).Form($"form[action*='id={sessions[1].Id}']");
        await client.SubmitAsync(delete);
        Assert.Equal([sessions[0].Id], await app.WithDbAsync(db => db.InversionSessions.Where(s => s.MemberId == member.Id).Select(s => s.Id).ToListAsync()));
        Assert.Contains("/account/login", (await app.CreateClient(signedInAs: null).GetAsync("/back-care/inversion")).Location());
    }

    [Fact]
    public async Task Boots_AreOfferedOnlyAfterATableOrChairSessionAtSixtyDegrees()
    {
        var member = await GivenClearedMemberAsync();
        var client = app.CreateClient(member);
        var page = await client.GetDocumentAsync("/back-care/inversion");
        Assert.Null(page.QuerySelector("select[name='Input.Device'] option[value=Boots]"));
        var refused = await Html.ParseAsync(await client.SubmitAsync(page.Form("#session-form"), new Dictionary<string, string> { ["Input.Device"] = "Boots", ["Input.AngleDegrees"] = "90" }));
        Assert.Equal(LogSession.Messages.Boots, refused.FieldError("Input.Device"));

        await client.SubmitAsync(page.Form("#session-form"), new Dictionary<string, string> { ["Input.Device"] = "Chair", ["Input.AngleDegrees"] = "60" });

        Assert.NotNull((await client.GetDocumentAsync("/back-care/inversion")).QuerySelector("select[name='Input.Device'] option[value=Boots]"));
    }

    [Fact]
    public async Task Suggestion_GrowsAfterComfortableSessions_NeverPastTheCreatorsMaximum_AndStepsBackAfterPain()
    {
        var member = await GivenClearedMemberAsync();
        var client = app.CreateClient(member);
        Assert.Contains("2 min at 20°", (await client.GetDocumentAsync("/back-care/inversion")).Text("[data-test=suggestion]"));
        await app.WithDbAsync(db => db.BackCareSettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.MaxAngleDegrees, 25).SetProperty(x => x.MaxMinutes, 3)));
        try
        {
            for (var i = 0; i < 9; i++)
            {
                var suggested = (await client.GetDocumentAsync("/back-care/inversion")).Form("#session-form");
                await client.SubmitAsync(suggested, new Dictionary<string, string> { ["Input.PainBefore"] = "4", ["Input.PainAfter"] = "3" });
                app.Clock.Advance(TimeSpan.FromHours(5));
            }
            Assert.Contains("3 min at 25°", (await client.GetDocumentAsync("/back-care/inversion")).Text("[data-test=suggestion]"));

            await client.SubmitAsync((await client.GetDocumentAsync("/back-care/inversion")).Form("#session-form"),
                new Dictionary<string, string> { ["Input.PainBefore"] = "2", ["Input.PainAfter"] = "5" });

            Assert.Contains("2 min at 20°", (await client.GetDocumentAsync("/back-care/inversion")).Text("[data-test=suggestion]"));
        }
        finally
        {
            await app.WithDbAsync(db => db.BackCareSettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.MaxAngleDegrees, 60).SetProperty(x => x.MaxMinutes, 10)));
        }
    }

    [Fact]
    public async Task Api_ListsOnlyTheOwnersSessions_AndRefusesBadInput()
    {
        var member = await GivenClearedMemberAsync();
        var client = app.CreateClient(member);
        var token = (await client.GetDocumentAsync("/")).QuerySelector("meta[name=csrf-token]")!.GetAttribute("content")!;
        async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body)
        {
            var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
            request.Headers.Add("X-CSRF-TOKEN", token);
            return await client.SendAsync(request);
        }

        var created = await SendAsync(HttpMethod.Post, "/api/v1/me/back-care/sessions",
            new { device = "table", angleDegrees = 20, minutes = 3, painBefore = 5, painAfter = 3, startedAt = "2026-01-15T07:00:00Z", notes = "API" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("table", body.GetProperty("device").GetString());
        var bad = await SendAsync(HttpMethod.Post, "/api/v1/me/back-care/sessions", new { device = "sofa", angleDegrees = 120, minutes = 0, painAfter = 11 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["device", "angleDegrees", "minutes", "painAfter"], (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var future = await SendAsync(HttpMethod.Post, "/api/v1/me/back-care/sessions", new { device = "table", angleDegrees = 20, minutes = 3, startedAt = "2027-01-01T00:00:00Z" });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/back-care/sessions");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, $"/api/v1/me/back-care/sessions/{id}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Delete, $"/api/v1/me/back-care/sessions/{id}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient(signedInAs: null).GetAsync("/api/v1/me/back-care/sessions")).StatusCode);
    }

    private async Task<Limber.Features.Accounts.AppUser> GivenClearedMemberAsync()
    {
        var member = await app.GivenMemberAsync();
        await app.WithDbAsync(db =>
        {
            db.SelfChecks.Add(new SelfCheck { MemberId = member.Id, AnsweredAtUtc = app.Now });
            return db.SaveChangesAsync();
        });
        return member;
    }

    private static async Task<FormUrlEncodedContent> FormAsync(HttpClient client)
    {
        var token = (await client.GetDocumentAsync("/")).QuerySelector("meta[name=csrf-token]")!.GetAttribute("content")!;
        return new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
    }
}
