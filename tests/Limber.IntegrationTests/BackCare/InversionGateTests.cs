using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Limber.Features.BackCare;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.BackCare;

/// <summary>The safety self-check gates the inversion tools on every surface: the page, its form and the API.</summary>
public sealed class InversionGateTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] Keys = [.. Condition.All.Select(c => c.Key)];

    [Fact]
    public async Task AYes_HidesTheTimerAndRefusesLogging_UntilTheDoctorsClearanceIsSaved()
    {
        var member = await app.GivenMemberAsync();
        var client = app.CreateClient(member);
        Assert.Contains(InversionGate.Messages.NotTaken, (await client.GetDocumentAsync("/back-care/inversion")).Text("[data-test=inversion-closed]"));

        await SaveAsync(client, yes: nameof(SelfCheck.Glaucoma));

        var check = await client.GetDocumentAsync("/back-care/self-check");
        Assert.Contains("Glaucoma or another eye-pressure condition", check.Text("[data-test=self-check-warning]"));
        Assert.Contains("pressure inside your eyes", check.Text("[data-test=self-check-warning]"));
        Assert.Equal("yes", check.QuerySelector("input[name='Answers[Glaucoma]']:checked")?.GetAttribute("value"));
        var closed = await client.GetDocumentAsync("/back-care/inversion");
        Assert.Null(closed.QuerySelector("[data-test=inversion-timer]"));
        Assert.Null(closed.QuerySelector("#session-form"));
        Assert.Contains(InversionGate.Messages.NotCleared, closed.Text("[data-test=inversion-closed]"));
        var forced = await client.PostAsync("/back-care/inversion", await FormAsync(client, ("Input.Device", "Table"), ("Input.AngleDegrees", "20"), ("Input.Minutes", "2")));
        Assert.Equal(HttpStatusCode.Forbidden, forced.StatusCode);
        Assert.Contains(InversionGate.Messages.NotCleared, (await Html.ParseAsync(forced)).Text(".form-errors"));
        // The API says why before it looks at the body (here: no valid field at all).
        var api = await SendAsync(client, HttpMethod.Post, "/api/v1/me/back-care/sessions", new { device = "sofa", angleDegrees = 400 });
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal(InversionGate.Messages.NotCleared, (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.False(await app.WithDbAsync(db => db.InversionSessions.AnyAsync(s => s.MemberId == member.Id)));

        await SaveAsync(client, yes: nameof(SelfCheck.Glaucoma), cleared: true);

        var open = await client.GetDocumentAsync("/back-care/inversion");
        Assert.NotNull(open.QuerySelector("[data-test=inversion-timer]"));
        var logged = await client.SubmitAsync(open.Form("#session-form"), new Dictionary<string, string> { ["Input.PainBefore"] = "5", ["Input.PainAfter"] = "3" });
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(client, HttpMethod.Post, "/api/v1/me/back-care/sessions", new { device = "table", angleDegrees = 20, minutes = 2 })).StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.InversionSessions.CountAsync(s => s.MemberId == member.Id)));
    }

    [Fact]
    public async Task UnansweredQuestions_AreNamed_AndTheAnswersGivenStay()
    {
        var client = app.CreateClient(await app.GivenMemberAsync());
        var form = (await client.GetDocumentAsync("/back-care/self-check")).Form("form.self-check-form");

        var refused = await Html.ParseAsync(await client.SubmitAsync(form, new Dictionary<string, string> { ["Answers[HeartDisease]"] = "no" }));

        Assert.Equal(5, refused.QuerySelectorAll(".yes-no .field-error").Count(e => e.TextContent.Contains(SaveSelfCheck.Unanswered)));
        Assert.Equal("no", refused.QuerySelector("input[name='Answers[HeartDisease]']:checked")?.GetAttribute("value"));
        var api = await SendAsync(client, HttpMethod.Put, "/api/v1/me/back-care/self-check", new { highBloodPressure = false });
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.True((await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("glaucoma", out _));
    }

    [Fact]
    public async Task ASelfCheckOlderThanTwelveMonths_IsAskedAgain()
    {
        await using var later = new AppFactory();
        await later.InitializeAsync();
        var member = await later.GivenMemberAsync();
        var client = later.CreateClient(member);
        await SaveAsync(client);
        Assert.NotNull((await client.GetDocumentAsync("/back-care/inversion")).QuerySelector("[data-test=inversion-timer]"));

        later.Clock.Advance(TimeSpan.FromDays(366));

        Assert.Contains(InversionGate.Messages.Expired, (await client.GetDocumentAsync("/back-care/inversion")).Text("[data-test=inversion-closed]"));
        var state = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/back-care/self-check");
        Assert.False(state.GetProperty("inversionOpen").GetBoolean());
        await SaveAsync(client);
        Assert.NotNull((await client.GetDocumentAsync("/back-care/inversion")).QuerySelector("[data-test=inversion-timer]"));
    }

    [Fact]
    public async Task NobodyElse_SeesTheAnswers()
    {
        var member = await app.GivenMemberAsync();
        await SaveAsync(app.CreateClient(member), yes: nameof(SelfCheck.Pregnancy));
        var admin = app.CreateClient(await app.GivenUserAsync(Limber.Features.Accounts.Roles.Admin));

        var memberPage = await admin.GetAsync($"/admin/members/{member.Id}");
        Assert.DoesNotContain("Pregnancy", await memberPage.Content.ReadAsStringAsync());
        // The admin's own self-check page is their own: empty, not the member's.
        Assert.Null((await admin.GetDocumentAsync("/back-care/self-check")).QuerySelector("[data-test=self-check-status]"));
    }

    private static async Task SaveAsync(HttpClient client, string? yes = null, bool cleared = false)
    {
        var form = (await client.GetDocumentAsync("/back-care/self-check")).Form("form.self-check-form");
        var values = Keys.ToDictionary(k => $"Answers[{k}]", k => k == yes ? "yes" : "no");
        if (cleared)
        {
            values["ClearedByDoctor"] = "true";
        }
        var saved = await client.SubmitAsync(form, values);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private static async Task<FormUrlEncodedContent> FormAsync(HttpClient client, params (string Name, string Value)[] fields)
    {
        var token = (await client.GetDocumentAsync("/")).QuerySelector("meta[name=csrf-token]")!.GetAttribute("content")!;
        return new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object body)
    {
        var token = (await client.GetDocumentAsync("/")).QuerySelector("meta[name=csrf-token]")!.GetAttribute("content")!;
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-TOKEN", token);
        return await client.SendAsync(request);
    }
}
