using Limber.Features.BackCare;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.BackCare;

/// <summary>The creator's settings at /admin/back-care, and the back-care card on the member's account overview.</summary>
public sealed class BackCareSettingsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Staff_SetTheLimitsAndDisclaimer_MembersSeeTheNewWording_BadValuesAreRefusedAndKept()
    {
        var editor = app.CreateClient(await app.GivenEditorAsync());
        var form = (await editor.GetDocumentAsync("/admin/back-care")).Form();

        var refused = await Html.ParseAsync(await editor.SubmitAsync(form, new Dictionary<string, string> { ["Input.MaxAngleDegrees"] = "120", ["Input.Disclaimer"] = "Kept words" }));
        Assert.Contains("between 10 and 90", refused.FieldError("Input.MaxAngleDegrees"));
        Assert.Equal("Kept words", refused.QuerySelector("textarea[name='Input.Disclaimer']")!.TextContent.Trim());

        await editor.SubmitAsync(form, new Dictionary<string, string> { ["Input.MaxAngleDegrees"] = "45", ["Input.Disclaimer"] = "Ask your physio first." });

        Assert.Equal(45, await app.WithDbAsync(db => db.BackCareSettings.Select(s => s.MaxAngleDegrees).SingleAsync()));
        var member = app.CreateClient(await app.GivenMemberAsync());
        Assert.Equal("Ask your physio first.", (await member.GetDocumentAsync("/back-care/self-check")).Text("[data-test=disclaimer]"));
        Assert.Contains("/account/access-denied", (await member.GetAsync("/admin/back-care")).Location());
        await editor.SubmitAsync(form, new Dictionary<string, string> { ["Input.MaxAngleDegrees"] = "60", ["Input.Disclaimer"] = BackCareSettings.DefaultDisclaimer });
    }

    [Fact]
    public async Task AccountOverview_SaysWhetherTheMemberMayInvert_AndTheMinutesThisWeek()
    {
        var member = await app.GivenMemberAsync();
        var client = app.CreateClient(member);
        Assert.Contains(InversionGate.Messages.NotTaken, (await client.GetDocumentAsync("/account")).Text("main"));

        await app.WithDbAsync(db =>
        {
            db.SelfChecks.Add(new SelfCheck { MemberId = member.Id, AnsweredAtUtc = app.Now });
            db.InversionSessions.Add(new InversionSession { MemberId = member.Id, Device = Device.Table, AngleDegrees = 20, Minutes = 3, StartedAtUtc = app.Now.AddHours(-1), CreatedAtUtc = app.Now });
            return db.SaveChangesAsync();
        });

        var overview = (await client.GetDocumentAsync("/account")).Text("main");
        Assert.Contains("3 min inverted", overview);
        Assert.Contains("cleared to invert", overview);
    }
}
