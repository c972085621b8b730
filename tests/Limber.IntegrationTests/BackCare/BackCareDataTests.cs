using System.Text.Json;
using Limber.Features.BackCare;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.BackCare;

/// <summary>All of a member's back care is in their export, and goes when they delete their account.</summary>
public sealed class BackCareDataTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Export_HasSelfChecksSessionsAndPain_AndDeletingTheAccountErasesThem()
    {
        var member = await app.GivenMemberAsync(password: "correct horse battery");
        await app.WithDbAsync(db =>
        {
            db.SelfChecks.Add(new SelfCheck { MemberId = member.Id, AnsweredAtUtc = app.Now, Glaucoma = true, ClearedByDoctor = true });
            db.InversionSessions.Add(new InversionSession { MemberId = member.Id, Device = Device.Chair, AngleDegrees = 30, Minutes = 3, StartedAtUtc = app.Now, CreatedAtUtc = app.Now, Notes = "Exported note" });
            db.PainEntries.Add(new PainEntry { MemberId = member.Id, Area = PainArea.Neck, Score = 2, RecordedAtUtc = app.Now, CreatedAtUtc = app.Now });
            return db.SaveChangesAsync();
        });
        var client = app.CreateClient(member);

        var json = JsonDocument.Parse(await (await client.GetAsync("/account/export")).Content.ReadAsStringAsync()).RootElement;

        var inversion = json.GetProperty("backCareInversion");
        Assert.True(inversion.GetProperty("selfChecks")[0].GetProperty("glaucoma").GetBoolean());
        Assert.Equal("chair", inversion.GetProperty("sessions")[0].GetProperty("device").GetString());
        Assert.Equal("Exported note", inversion.GetProperty("sessions")[0].GetProperty("notes").GetString());
        Assert.Contains("neck", json.GetProperty("backCarePain").GetRawText());

        await client.SubmitAsync((await client.GetDocumentAsync("/account/delete")).Form(), new Dictionary<string, string> { ["Password"] = "correct horse battery" });

        Assert.False(await app.WithDbAsync(db => db.SelfChecks.AnyAsync(s => s.MemberId == member.Id)));
        Assert.False(await app.WithDbAsync(db => db.InversionSessions.AnyAsync(s => s.MemberId == member.Id)));
        Assert.False(await app.WithDbAsync(db => db.PainEntries.AnyAsync(s => s.MemberId == member.Id)));
    }
}
