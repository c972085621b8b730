using System.Net;
using Limber.Features.BackCare;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.BackCare;

/// <summary>The pain diary through its page: log several a day on the member's clock, change, delete, and what is refused.</summary>
public sealed class PainDiaryTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task LogPain_SeveralADay_OnTheMembersClock_ListsThemNewestFirst()
    {
        var member = await app.GivenMemberAsync();
        await app.SetTimeZoneAsync(member, "Europe/Paris"); // 09:00 UTC is 10:00 there in January
        var client = app.CreateClient(member);
        var page = await client.GetDocumentAsync("/back-care/pain");
        Assert.Equal("2026-01-15T10:00", page.QuerySelector("input[name='Input.RecordedAt']")!.GetAttribute("value"));
        Assert.Equal("Area", page.Text("fieldset.area-picker legend"));
        Assert.Equal(6, page.QuerySelectorAll("fieldset.area-picker input[type=radio][name='Input.Area']").Length);
        Assert.NotNull(page.QuerySelector("[data-test=disclaimer]"));

        var first = await client.SubmitAsync(page.Form(), new Dictionary<string, string>
        {
            ["Input.Area"] = "Neck",
            ["Input.Score"] = "3",
            ["Input.Notes"] = "Stiff after the drive",
        });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        page = await client.GetDocumentAsync("/back-care/pain");
        await client.SubmitAsync(page.Form(), new Dictionary<string, string>
        {
            ["Input.Area"] = "LowerBack",
            ["Input.Score"] = "5",
            ["Input.RecordedAt"] = "2026-01-15T08:15",
        });

        var entries = await app.WithDbAsync(db => db.PainEntries.Where(p => p.MemberId == member.Id).OrderBy(p => p.RecordedAtUtc).ToListAsync());
        Assert.Equal(2, entries.Count);
        Assert.Equal(new DateTime(2026, 1, 15, 7, 15, 0, DateTimeKind.Utc), entries[0].RecordedAtUtc);
        Assert.Equal((PainArea.LowerBack, 5), (entries[0].Area, entries[0].Score));
        Assert.Equal(app.Now, entries[1].RecordedAtUtc);
        Assert.Equal("Stiff after the drive", entries[1].Notes);
        var list = await client.GetDocumentAsync("/back-care/pain");
        var items = list.QuerySelectorAll("[data-test=pain-entry]");
        Assert.Equal(2, items.Length);
        Assert.Contains("10:00", items[0].TextContent);
        Assert.Contains("Neck", items[0].TextContent);
        Assert.Contains("08:15", items[1].TextContent);
        Assert.Contains("Lower back", items[1].TextContent);
        Assert.Contains("Thursday 15 January 2026", list.Text(".pain-day"));
    }

    [Fact]
    public async Task Edit_ChangesTheEntry_AndDelete_RemovesIt()
    {
        var member = await app.GivenMemberAsync();
        var entry = await app.GivenPainAsync(member, PainArea.Hips, 6, app.Now.AddHours(-2), "Before the walk");
        var client = app.CreateClient(member);

        var edit = await client.GetDocumentAsync($"/back-care/pain?edit={entry.Id}");
        Assert.Equal("6", edit.QuerySelector("input[name='Input.Score']")!.GetAttribute("value"));
        Assert.True(edit.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.Area'][value=Hips]")!.IsChecked);
        var form = edit.Form();
        var saved = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Score"] = "2", ["Input.Notes"] = "After the walk" }, form.Button("Save changes"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var changed = await app.WithDbAsync(db => db.PainEntries.SingleAsync(p => p.Id == entry.Id));
        Assert.Equal((2, "After the walk", PainArea.Hips), (changed.Score, changed.Notes, changed.Area));
        Assert.Equal(entry.RecordedAtUtc, changed.RecordedAtUtc);

        var list = await client.GetDocumentAsync("/back-care/pain");
        var delete = list.Form($"form[action*='handler=Delete'][action*='{entry.Id}']");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(delete)).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.PainEntries.AnyAsync(p => p.Id == entry.Id)));
    }

    [Fact]
    public async Task AnotherMembersEntry_IsNotFound_ToEditOrDelete()
    {
        var owner = await app.GivenMemberAsync();
        var entry = await app.GivenPainAsync(owner, PainArea.Knees, 4, notes: "Owner's knees");
        var other = app.CreateClient(await app.GivenMemberAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/back-care/pain?edit={entry.Id}")).StatusCode);
        var form = (await other.GetDocumentAsync("/back-care/pain")).Form();
        form.Action = $"/back-care/pain?handler=Edit&id={entry.Id}";
        Assert.Equal(HttpStatusCode.NotFound, (await other.SubmitAsync(form, new Dictionary<string, string> { ["Input.Area"] = "Knees", ["Input.Score"] = "1" })).StatusCode);
        form.Action = $"/back-care/pain?handler=Delete&id={entry.Id}";
        Assert.Equal(HttpStatusCode.NotFound, (await other.SubmitAsync(form)).StatusCode);
        Assert.Equal(4, (await app.WithDbAsync(db => db.PainEntries.SingleAsync(p => p.Id == entry.Id))).Score);
    }

    [Fact]
    public async Task BadScore_IsRefused_WithEverythingTypedKept_AndNothingSaved()
    {
        var member = await app.GivenMemberAsync();
        var client = app.CreateClient(member);
        var form = (await client.GetDocumentAsync("/back-care/pain")).Form();

        var response = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Area"] = "SiJoint",
            ["Input.Score"] = "11",
            ["Input.RecordedAt"] = "2026-01-15T07:30",
            ["Input.Notes"] = "Kept, please",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(LogPain.Messages.Score, page.FieldError("Input.Score"));
        Assert.Equal("11", page.QuerySelector("input[name='Input.Score']")!.GetAttribute("value"));
        Assert.Equal("2026-01-15T07:30", page.QuerySelector("input[name='Input.RecordedAt']")!.GetAttribute("value"));
        Assert.Equal("Kept, please", page.QuerySelector("textarea[name='Input.Notes']")!.TextContent.Trim());
        Assert.True(page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.Area'][value=SiJoint]")!.IsChecked);
        Assert.False(await app.WithDbAsync(db => db.PainEntries.AnyAsync(p => p.MemberId == member.Id)));
    }

    [Theory]
    [InlineData("Input.Score", "lots", "Input.Score", LogPain.Messages.Score)]
    [InlineData("Input.RecordedAt", "2026-01-16T12:00", "Input.RecordedAt", LogPain.Messages.Future)]
    [InlineData("Input.RecordedAt", "1999-12-31T23:00", "Input.RecordedAt", LogPain.Messages.TooEarly)]
    [InlineData("Input.RecordedAt", "soon", "Input.RecordedAt", PainModel.Messages.Time)]
    [InlineData("Input.Area", "Elbow", "Input.Area", LogPain.Messages.Area)]
    public async Task Refused_SaysWhatToFix(string field, string value, string errorField, string message)
    {
        var member = await app.GivenMemberAsync();
        var client = app.CreateClient(member);
        var form = (await client.GetDocumentAsync("/back-care/pain")).Form();
        var values = new Dictionary<string, string> { ["Input.Area"] = "Neck", ["Input.Score"] = "2", [field] = value };

        var page = await Html.ParseAsync(await client.SubmitAsync(form, values));

        Assert.Equal(message, page.FieldError(errorField));
        Assert.False(await app.WithDbAsync(db => db.PainEntries.AnyAsync(p => p.MemberId == member.Id)));
    }

    [Fact]
    public async Task Notes_OverTheLimit_AreRefused_AndATimeAMinuteAhead_IsNow()
    {
        var member = await app.GivenMemberAsync();
        var client = app.CreateClient(member);
        var form = (await client.GetDocumentAsync("/back-care/pain")).Form();
        var tooLong = await Html.ParseAsync(await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Area"] = "Neck",
            ["Input.Score"] = "2",
            ["Input.Notes"] = new string('n', PainEntry.NotesMaxLength + 1),
        }));
        Assert.Equal(LogPain.Messages.Notes, tooLong.FieldError("Input.Notes"));

        var ahead = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Area"] = "Neck", ["Input.Score"] = "2", ["Input.RecordedAt"] = "2026-01-15T09:01" });
        Assert.Equal(HttpStatusCode.Redirect, ahead.StatusCode);
    }

    [Fact]
    public async Task Anonymous_IsSentToLogIn()
    {
        var anonymous = app.CreateClient(signedInAs: null);
        foreach (var path in new[] { "/back-care/pain", "/back-care/insights", "/back-care/insights?handler=Csv" })
        {
            var response = await anonymous.GetAsync(path);
            var location = response.Headers.Location!;
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString);
        }
    }
}
