using System.Net.Http.Json;
using Limber.Features.Accounts;
using Limber.Features.FoodJournal;
using Limber.Features.Foods;
using Limber.Features.Memberships;

namespace Limber.IntegrationTests.Infrastructure;

/// <summary>Premium members, foods and journal entries for the food journal's tests.</summary>
public static class JournalBuilders
{
    /// <summary>A member with an active subscription (the journal is Premium).</summary>
    public static async Task<AppUser> GivenPremiumMemberAsync(this AppFactory app, string? name = null, string? password = null)
    {
        var member = await app.GivenMemberAsync(password, name);
        await app.GivenPremiumAsync(member);
        return member;
    }

    public static Task GivenPremiumAsync(this AppFactory app, AppUser member) => app.WithDbAsync(db =>
    {
        db.Memberships.Add(new Membership { MemberId = member.Id, Status = MembershipStatus.Active, CurrentPeriodEndUtc = app.Now.AddDays(30) });
        return db.SaveChangesAsync();
    });

    /// <summary>SR28's salted butter (717 kcal, 0.85 g protein, 81.11 g fat per 100 g; 1 tbsp = 14.2 g) under a source id of its own, so a class can add it twice.</summary>
    public static Task<Food> GivenButterAsync(this AppFactory app)
    {
        var butter = FoodBuilders.Butter();
        butter.SourceId = Guid.NewGuid().ToString("N")[..20];
        return app.GivenFoodAsync(butter);
    }

    /// <summary>An entry of <paramref name="grams"/> of the food, with its nutrients worked out as LogFood does.</summary>
    public static Task<JournalEntry> GivenEntryAsync(this AppFactory app, AppUser member, Food food, DateOnly date, double grams, Meal meal = Meal.Lunch) =>
        app.WithDbAsync(async db =>
        {
            var entry = new JournalEntry
            {
                MemberId = member.Id,
                Date = date,
                Meal = meal,
                Kind = EntryKind.Food,
                FoodId = food.Id,
                Name = food.DisplayName,
                Amount = grams,
                Unit = JournalEntry.GramsUnit,
                Grams = grams,
                Values = food.In(grams),
                CreatedAtUtc = app.Now,
            };
            db.JournalEntries.Add(entry);
            await db.SaveChangesAsync();
            return entry;
        });

    public static Task<NutritionGoals> GivenGoalsAsync(this AppFactory app, AppUser member, double kcal = 2000, double protein = 100) => app.WithDbAsync(async db =>
    {
        var goals = new NutritionGoals { MemberId = member.Id, EnergyKcal = kcal, Protein = protein, Carbohydrate = 250, Fat = 70, Fibre = 28, UpdatedAtUtc = app.Now };
        db.NutritionGoals.Add(goals);
        await db.SaveChangesAsync();
        return goals;
    });

    public static async Task<string> CsrfTokenAsync(this HttpClient client) =>
        (await client.GetDocumentAsync("/")).QuerySelector("meta[name=csrf-token]")!.GetAttribute("content")!;

    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, string token, HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-CSRF-TOKEN", token);
        return client.SendAsync(request);
    }
}
