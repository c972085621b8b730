using System.Text.Json;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.FoodJournal;

/// <summary>The journal is in the member's export, and goes when they delete their account.</summary>
public sealed class JournalDataTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Export_HasEntriesAndGoals_AndDeletingTheAccountErasesThem()
    {
        var member = await app.GivenPremiumMemberAsync(password: "correct horse battery");
        var butter = await app.GivenButterAsync();
        await app.GivenEntryAsync(member, butter, app.Today(), 14.2);
        await app.GivenGoalsAsync(member, kcal: 1900);
        var client = app.CreateClient(member);

        var json = JsonDocument.Parse(await (await client.GetAsync("/account/export")).Content.ReadAsStringAsync()).RootElement;

        var journal = json.GetProperty("foodJournal");
        Assert.Equal(1900, journal.GetProperty("goals").GetProperty("energyKcal").GetDouble());
        var entry = journal.GetProperty("entries")[0];
        Assert.Equal(("Butter, salted", "lunch", "2026-01-15"), (entry.GetProperty("name").GetString(), entry.GetProperty("meal").GetString(), entry.GetProperty("date").GetString()));
        Assert.Equal(101.81, entry.GetProperty("nutrients").GetProperty("energyKcal").GetDouble());

        await client.SubmitAsync((await client.GetDocumentAsync("/account/delete")).Form(), new Dictionary<string, string> { ["Password"] = "correct horse battery" });

        Assert.False(await app.WithDbAsync(db => db.JournalEntries.AnyAsync(e => e.MemberId == member.Id)));
        Assert.False(await app.WithDbAsync(db => db.NutritionGoals.AnyAsync(g => g.MemberId == member.Id)));
        Assert.True(await app.WithDbAsync(db => db.Foods.AnyAsync(f => f.Id == butter.Id)));
    }
}
