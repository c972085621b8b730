using System.Net;
using Limber.Features.FoodJournal;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.FoodJournal;

/// <summary>A day of the journal through its page: search, pick and add a food in grams or a portion, totals to the gram, change, remove.</summary>
public sealed class JournalDayTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task AddFood_InGramsAndAPortion_TotalsToTheGram()
    {
        var member = await app.GivenPremiumMemberAsync();
        var butter = await app.GivenButterAsync();
        await app.GivenGoalsAsync(member, kcal: 2000, protein: 100);
        var client = app.CreateClient(member);

        var search = await client.GetDocumentAsync("/journal?q=butt salt");
        Assert.Equal("Today", search.Text("h1"));
        Assert.NotNull(search.QuerySelector($"a[data-test=food-result][href*='food={butter.Id}']"));
        var picked = await client.GetDocumentAsync($"/journal?q=butter&food={butter.Id}");
        Assert.Contains("Butter, salted", picked.Text("[data-journal-chosen]"));
        var units = picked.QuerySelectorAll("select[name='Add.Unit'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["g", "pat (1\" sq, 1/3\" high)", "tbsp", "cup"], units);
        var form = picked.Form("form[action*='handler=Add']");
        Assert.Contains("/journal/2026-01-15", form.Action);
        var added = await client.SubmitAsync(form, new Dictionary<string, string> { ["Add.Amount"] = "2", ["Add.Unit"] = "tbsp", ["Add.Meal"] = "Breakfast" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        picked = await client.GetDocumentAsync($"/journal?food={butter.Id}");
        await client.SubmitAsync(picked.Form("form[action*='handler=Add']"), new Dictionary<string, string> { ["Add.Amount"] = "10", ["Add.Meal"] = "Snack" });

        var entries = await app.WithDbAsync(db => db.JournalEntries.Where(e => e.MemberId == member.Id).OrderBy(e => e.Grams).ToListAsync());
        Assert.Equal(new[] { 10, 28.4 }, entries.Select(e => Math.Round(e.Grams!.Value, 6)));
        Assert.Equal((2, "tbsp", Meal.Breakfast), (entries[1].Amount, entries[1].Unit, entries[1].Meal));
        Assert.Equal(203.628, entries[1].EnergyKcal!.Value, 6);
        Assert.Equal(71.7, entries[0].EnergyKcal!.Value, 6);
        Assert.Equal(new DateOnly(2026, 1, 15), entries[0].Date);

        var day = await client.GetDocumentAsync("/journal");
        // 38.4 g of butter: 275.3 kcal, 0.33 g protein, 31.1 g fat.
        Assert.Equal("275", day.Text("[data-test=total-energy] [data-test=value]"));
        Assert.Contains("of 2,000 kcal (14 %)", day.Text("[data-test=total-energy]"));
        Assert.Equal("0.3", day.Text("[data-test=total-protein] [data-test=value]"));
        Assert.Equal("31", day.Text("[data-test=total-fat] [data-test=value]"));
        Assert.Contains("2 tbsp (28.4 g)", day.Text("[data-test=meal-Breakfast]"));
        Assert.Contains("10 g", day.Text("[data-test=meal-Snack]"));
        Assert.Equal("Snacks", day.Text("#meal-Snack").Split(' ')[0]);
        Assert.Equal(2, day.QuerySelectorAll("form[action*='handler=Remove'] button").Length);
        Assert.Contains("Butter, salted", day.Text("ul.journal-recent"));
        Assert.NotNull(day.QuerySelector("a[href='/journal/week/2026-01-15']"));
    }

    [Fact]
    public async Task Today_IsTheMembersDay()
    {
        var member = await app.GivenPremiumMemberAsync();
        await app.SetTimeZoneAsync(member, "Pacific/Honolulu"); // 09:00 UTC on the 15th is 23:00 on the 14th there
        var client = app.CreateClient(member);

        var page = await client.GetDocumentAsync("/journal");
        Assert.Equal("Today", page.Text("h1"));
        Assert.Contains("Wednesday 14 January 2026", page.Text(".lead"));
        var quick = page.Form("form[action*='handler=Quick']");
        Assert.Equal("Snack", quick.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("select[name='Quick.Meal']")!.Value);
        await client.SubmitAsync(quick, new Dictionary<string, string> { ["Quick.Name"] = "Late toast", ["Quick.EnergyKcal"] = "180" });

        var entry = await app.WithDbAsync(db => db.JournalEntries.SingleAsync(e => e.MemberId == member.Id));
        Assert.Equal((new DateOnly(2026, 1, 14), EntryKind.Quick, 180.0), (entry.Date, entry.Kind, entry.EnergyKcal!.Value));
        Assert.Contains("Late toast", (await client.GetDocumentAsync("/journal/2026-01-14")).Text("[data-test=meal-Snack]"));
        Assert.Equal("Thursday 15 January 2026", (await client.GetDocumentAsync("/journal/2026-01-15")).Text("h1"));
    }

    [Theory]
    [InlineData("/journal/2026-13-01")]
    [InlineData("/journal/yesterday")]
    [InlineData("/journal/2026-1-5")]
    [InlineData("/journal/1999-12-31")]
    [InlineData("/journal/2030-01-01")]
    [InlineData("/journal/week/2026-02-30")]
    public async Task NoSuchDay_IsNotFound(string path)
    {
        var client = app.CreateClient(await app.GivenPremiumMemberAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task BadAmountOrUnit_KeepsWhatWasTyped_AndSaysWhatToFix()
    {
        var member = await app.GivenPremiumMemberAsync();
        var butter = await app.GivenButterAsync();
        var client = app.CreateClient(member);
        var form = (await client.GetDocumentAsync($"/journal?food={butter.Id}")).Form("form[action*='handler=Add']");

        var zero = await Html.ParseAsync(await client.SubmitAsync(form, new Dictionary<string, string> { ["Add.Amount"] = "0", ["Add.Meal"] = "Lunch" }));
        Assert.Equal(JournalRules.Messages.Amount, zero.FieldError("Add.Amount"));
        Assert.Equal("0", zero.QuerySelector("input[name='Add.Amount']")!.GetAttribute("value"));
        Assert.Equal(butter.Id.ToString(), zero.QuerySelector("input[name='Add.FoodId']")!.GetAttribute("value"));
        var words = await Html.ParseAsync(await client.SubmitAsync(form, new Dictionary<string, string> { ["Add.Amount"] = "lots" }));
        Assert.Equal(JournalRules.Messages.Amount, words.FieldError("Add.Amount"));
        Assert.Equal("lots", words.QuerySelector("input[name='Add.Amount']")!.GetAttribute("value"));
        var unit = await Html.ParseAsync(await client.SubmitAsync(form, new Dictionary<string, string> { ["Add.Amount"] = "1", ["Add.Unit"] = "bucket" }));
        Assert.Equal(JournalRules.Messages.Unit, unit.FieldError("Add.Unit"));
        var heavy = await Html.ParseAsync(await client.SubmitAsync(form, new Dictionary<string, string> { ["Add.Amount"] = "50", ["Add.Unit"] = "cup" }));
        Assert.Equal(JournalRules.Messages.TooHeavy, heavy.FieldError("Add.Amount"));
        var none = await Html.ParseAsync(await client.SubmitAsync(form, new Dictionary<string, string> { ["Add.FoodId"] = "", ["Add.Amount"] = "1" }));
        Assert.Equal(JournalRules.Messages.Food, none.FieldError("Add.FoodId"));
        var quick = await Html.ParseAsync(await client.SubmitAsync(none.Form("form[action*='handler=Quick']"),
            new Dictionary<string, string> { ["Quick.Name"] = "Soup", ["Quick.EnergyKcal"] = "-5" }));
        Assert.Equal(JournalRules.Messages.Kcal, quick.FieldError("Quick.EnergyKcal"));
        Assert.Equal("Soup", quick.QuerySelector("input[name='Quick.Name']")!.GetAttribute("value"));
        Assert.NotNull(quick.QuerySelector("details.journal-quick[open]"));

        Assert.False(await app.WithDbAsync(db => db.JournalEntries.AnyAsync(e => e.MemberId == member.Id)));
    }

    [Fact]
    public async Task AnotherMembersFoodOrEntry_IsNotFound()
    {
        var owner = await app.GivenPremiumMemberAsync();
        var own = await app.GivenFoodAsync(FoodBuilders.Plain("Granola, owner's secret mix", owner: owner.Id));
        var entry = await app.GivenEntryAsync(owner, own, app.Today(), 50);
        var other = await app.GivenPremiumMemberAsync();
        var client = app.CreateClient(other);
        var page = await client.GetDocumentAsync("/journal");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/journal?food={own.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SubmitAsync(page.Form("form[action*='handler=Add']"),
            new Dictionary<string, string> { ["Add.FoodId"] = own.Id.ToString(), ["Add.Amount"] = "10", ["Add.Meal"] = "Lunch" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/journal?edit={entry.Id}")).StatusCode);
        var remove = page.Form("form[action*='handler=Add']");
        remove.Action = $"/journal/{app.Today():yyyy-MM-dd}?handler=Remove&id={entry.Id}";
        Assert.Equal(HttpStatusCode.NotFound, (await client.SubmitAsync(remove)).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.JournalEntries.AnyAsync(e => e.Id == entry.Id)));
        Assert.DoesNotContain("secret mix", (await client.GetDocumentAsync("/journal?q=granola secret")).Body!.TextContent);
    }

    [Fact]
    public async Task Edit_ScalesTheEntry_AndRemove_RemovesIt()
    {
        var member = await app.GivenPremiumMemberAsync();
        var butter = await app.GivenButterAsync();
        var entry = await app.GivenEntryAsync(member, butter, app.Today(), 10, Meal.Breakfast);
        var client = app.CreateClient(member);

        var edit = await client.GetDocumentAsync($"/journal?edit={entry.Id}");
        Assert.Equal("10", edit.QuerySelector("input[name='Change.Amount']")!.GetAttribute("value"));
        var form = edit.Form("form[action*='handler=Edit']");
        var saved = await client.SubmitAsync(form, new Dictionary<string, string> { ["Change.Amount"] = "1", ["Change.Unit"] = "cup", ["Change.Meal"] = "Dinner" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var changed = await app.WithDbAsync(db => db.JournalEntries.SingleAsync(e => e.Id == entry.Id));
        Assert.Equal((1.0, "cup", 227.0, Meal.Dinner), (changed.Amount, changed.Unit, changed.Grams!.Value, changed.Meal));
        Assert.Equal(717 * 2.27, changed.EnergyKcal!.Value, 6);

        var day = await client.GetDocumentAsync("/journal");
        var removed = await client.SubmitAsync(day.Form($"form[action*='handler=Remove'][action*='{entry.Id}']"));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.JournalEntries.AnyAsync(e => e.Id == entry.Id)));
        Assert.Contains("Removed Butter, salted", (await client.GetDocumentAsync("/journal")).Text("[role=status]"));
    }

    [Fact]
    public async Task CopyFromPreviousDay_Copies_AndAsksBeforeCopyingIntoADayWithEntries()
    {
        var member = await app.GivenPremiumMemberAsync();
        var butter = await app.GivenButterAsync();
        var yesterday = app.Today().AddDays(-1);
        await app.GivenEntryAsync(member, butter, yesterday, 10, Meal.Breakfast);
        await app.GivenEntryAsync(member, butter, yesterday, 20, Meal.Dinner);
        var client = app.CreateClient(member);
        Task<int> CountTodayAsync() => app.WithDbAsync(db => db.JournalEntries.CountAsync(e => e.MemberId == member.Id && e.Date == app.Today()));

        var page = await client.GetDocumentAsync("/journal");
        var copy = page.Form("form[action*='handler=Copy']");
        Assert.Equal("Copy from previous day", copy.QuerySelector("button")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(copy)).StatusCode);
        Assert.Equal(2, await CountTodayAsync());
        var copied = await app.WithDbAsync(db => db.JournalEntries.Where(e => e.MemberId == member.Id && e.Date == app.Today()).OrderBy(e => e.Grams).ToListAsync());
        Assert.Equal([(Meal.Breakfast, 10.0), (Meal.Dinner, 20.0)], copied.Select(e => (e.Meal, e.Grams!.Value)));
        Assert.Contains("Copied 2 entries from Wednesday 14 January", (await client.GetDocumentAsync("/journal")).Text("[role=status]"));

        var again = await Html.ParseAsync(await client.SubmitAsync(copy));
        Assert.Contains("already has 2 entries", again.Text("[data-test=confirm-copy]"));
        Assert.Equal(2, await CountTodayAsync());
        var confirmed = await client.SubmitAsync(again.Form("[data-test=confirm-copy] form"));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(4, await CountTodayAsync());

        var empty = await Html.ParseAsync(await client.SubmitAsync((await client.GetDocumentAsync("/journal/2026-01-10")).Form("form[action*='handler=Copy']")));
        Assert.Contains(CopyDay.NothingOn(new DateOnly(2026, 1, 9)), empty.Text(".form-errors"));
    }

    [Fact]
    public async Task RecentFood_AddsAgainWithItsLastAmount()
    {
        var member = await app.GivenPremiumMemberAsync();
        var butter = await app.GivenButterAsync();
        await app.GivenEntryAsync(member, butter, app.Today().AddDays(-3), 15, Meal.Breakfast);
        var client = app.CreateClient(member);

        var page = await client.GetDocumentAsync("/journal");
        var form = page.Form("form[action*='handler=Again']");
        var button = form.QuerySelector<AngleSharp.Html.Dom.IHtmlButtonElement>("button[data-test=recent-food]")!;
        Assert.Contains("Butter, salted", button.TextContent);
        var values = new Dictionary<string, string> { [button.Name!] = button.Value, ["meal"] = "Lunch" };
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(form, values)).StatusCode);

        var today = await app.WithDbAsync(db => db.JournalEntries.SingleAsync(e => e.MemberId == member.Id && e.Date == app.Today()));
        Assert.Equal((15.0, Meal.Lunch, butter.Id), (today.Grams!.Value, today.Meal, today.FoodId!.Value));
    }
}
