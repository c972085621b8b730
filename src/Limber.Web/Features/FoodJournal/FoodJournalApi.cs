using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Features.Foods;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Limber.Features.FoodJournal;

/// <summary>
/// The journal as JSON, Premium only (403 otherwise): a day's entries and totals, log a food, recipe
/// or quick entry, change or remove an entry, the goals. The same use cases as the pages. A date that
/// is not <c>yyyy-MM-dd</c> is 404, like the page.
/// </summary>
public static class FoodJournalApi
{
    public static void MapFoodJournalApi(this IEndpointRouteBuilder endpoints)
    {
        var me = endpoints.MapGroup("/api/v1/me/journal").WithTags("Food journal").RequireAuthorization().AddEndpointFilter<JournalPremiumFilter>();
        me.MapGet("/{date}/entries", DayAsync).WithName("GetMyJournalDay")
            .WithSummary("A day of the member's journal (yyyy-MM-dd, their clock): entries meal by meal, the day's totals and the goals.");
        me.MapPost("/{date}/entries", LogAsync).WithName("LogJournalEntry")
            .WithSummary("Logs a food (foodId, amount, unit \"g\" or one of its portions), a recipe (recipeId, servings) or a quick entry (name, energyKcal, optional protein, carbohydrate, fat) in a meal.")
            .AddEndpointFilter<AntiforgeryFilter>();
        me.MapPatch("/{date}/entries/{id:guid}", ChangeAsync).WithName("ChangeJournalEntry")
            .WithSummary("Changes an entry's amount, unit or meal; the nutrients scale with it.").AddEndpointFilter<AntiforgeryFilter>();
        me.MapDelete("/{date}/entries/{id:guid}", RemoveAsync).WithName("RemoveJournalEntry")
            .WithSummary("Removes one of the member's entries.").AddEndpointFilter<AntiforgeryFilter>();
        me.MapGet("/goals", GoalsAsync).WithName("GetMyNutritionGoals")
            .WithSummary("The member's daily goals (null where none is set).");
        me.MapPut("/goals", SaveGoalsAsync).WithName("SaveMyNutritionGoals")
            .WithSummary("Saves the member's daily goals; null clears one.").AddEndpointFilter<AntiforgeryFilter>();
    }

    private static async Task<Results<Ok<JournalDayResponse>, UseCaseProblem>> DayAsync(string date, ClaimsPrincipal user, JournalDays days,
        MemberDates dates, CancellationToken cancellationToken)
    {
        var me = user.UserId()!.Value;
        if (!JournalDays.TryParseDay(date, out var day) || !JournalRules.IsDay(day, await dates.TodayAsync(me, cancellationToken)))
        {
            return Result.NotFound().ToProblem();
        }
        var entries = await days.EntriesAsync(me, day, cancellationToken);
        var goals = await days.GoalsAsync(me, cancellationToken);
        return TypedResults.Ok(new JournalDayResponse(day, [.. entries.Select(JournalEntryResponse.From)],
            NutrientsResponse.From(NutritionalValues.Sum(entries.Select(e => e.Values))), goals is null ? null : GoalsResponse.From(goals)));
    }

    private static async Task<Results<Created<JournalEntryResponse>, UseCaseProblem>> LogAsync(string date, LogEntryRequest request, ClaimsPrincipal user,
        LogFood logFood, LogRecipe logRecipe, LogQuick logQuick, CancellationToken cancellationToken)
    {
        if (!JournalDays.TryParseDay(date, out var day))
        {
            return Result.NotFound().ToProblem();
        }
        var me = user.UserId()!.Value;
        var r = request;
        var logged = r.FoodId is not null
            ? await logFood.HandleAsync(me, day, new LogFood.Input(r.FoodId, r.Amount, r.Unit, r.Meal), cancellationToken)
            : r.RecipeId is not null
                ? await logRecipe.HandleAsync(me, day, new LogRecipe.Input(r.RecipeId, r.Servings, r.Meal), cancellationToken)
                : await logQuick.HandleAsync(me, day,
                    new LogQuick.Input(r.Name, r.EnergyKcal, r.Protein, r.Carbohydrate, r.Fat, r.Meal), cancellationToken);
        return logged.Succeeded
            ? TypedResults.Created($"/api/v1/me/journal/{date}/entries/{logged.Value.Id}", JournalEntryResponse.From(logged.Value))
            : logged.ToProblem();
    }

    private static async Task<Results<Ok<JournalEntryResponse>, UseCaseProblem>> ChangeAsync(string date, Guid id, ChangeEntryRequest request,
        ClaimsPrincipal user, JournalDays days, ChangeEntry change, CancellationToken cancellationToken)
    {
        var me = user.UserId()!.Value;
        if (!await IsOnAsync(days, me, date, id, cancellationToken))
        {
            return Result.NotFound(JournalRules.Messages.NotFound).ToProblem();
        }
        var changed = await change.HandleAsync(me, id, new ChangeEntry.Input(request.Amount, request.Unit, request.Meal), cancellationToken);
        return changed.Succeeded ? TypedResults.Ok(JournalEntryResponse.From(changed.Value)) : changed.ToProblem();
    }

    private static async Task<Results<NoContent, UseCaseProblem>> RemoveAsync(string date, Guid id, ClaimsPrincipal user, JournalDays days,
        ChangeEntry change, CancellationToken cancellationToken)
    {
        var me = user.UserId()!.Value;
        if (!await IsOnAsync(days, me, date, id, cancellationToken))
        {
            return Result.NotFound(JournalRules.Messages.NotFound).ToProblem();
        }
        var removed = await change.RemoveAsync(me, id, cancellationToken);
        return removed.Succeeded ? TypedResults.NoContent() : removed.ToProblem();
    }

    private static async Task<Ok<GoalsResponse>> GoalsAsync(ClaimsPrincipal user, JournalDays days, CancellationToken cancellationToken) =>
        TypedResults.Ok(await days.GoalsAsync(user.UserId()!.Value, cancellationToken) is { } goals ? GoalsResponse.From(goals) : new GoalsResponse(null, null, null, null, null));

    private static async Task<Results<Ok<GoalsResponse>, UseCaseProblem>> SaveGoalsAsync(GoalsResponse request, ClaimsPrincipal user, SaveGoals save,
        CancellationToken cancellationToken)
    {
        var saved = await save.HandleAsync(user.UserId()!.Value,
            new SaveGoals.Input(request.EnergyKcal, request.Protein, request.Carbohydrate, request.Fat, request.Fibre), cancellationToken);
        return saved.Succeeded ? TypedResults.Ok(GoalsResponse.From(saved.Value)) : saved.ToProblem();
    }

    /// <summary>The entry is the member's and on the day the path names.</summary>
    private static async Task<bool> IsOnAsync(JournalDays days, Guid me, string date, Guid id, CancellationToken cancellationToken) =>
        JournalDays.TryParseDay(date, out var day) && await days.FindAsync(me, id, cancellationToken) is { } entry && entry.Date == day;
}

/// <summary>One of three shapes: <c>foodId</c> with <c>amount</c> and <c>unit</c>; <c>recipeId</c> with <c>servings</c>; or <c>name</c> and <c>energyKcal</c> (a quick entry). Always a <c>meal</c>.</summary>
/// <param name="Unit">"g" (the default) or one of the food's portion units, as <c>GET /api/v1/foods</c> lists them.</param>
public sealed record LogEntryRequest(Meal? Meal, Guid? FoodId = null, double? Amount = null, string? Unit = null, Guid? RecipeId = null, double? Servings = null,
    string? Name = null, double? EnergyKcal = null, double? Protein = null, double? Carbohydrate = null, double? Fat = null);

/// <summary>Only what is given changes.</summary>
public sealed record ChangeEntryRequest(double? Amount, string? Unit, Meal? Meal);

public sealed record JournalDayResponse(DateOnly Date, List<JournalEntryResponse> Entries, NutrientsResponse Totals, GoalsResponse? Goals);

/// <param name="Unit">"g", a portion's unit, or "serving" (recipes and quick entries).</param>
/// <param name="Grams">The weight eaten, for a food.</param>
/// <param name="Nutrients">What this entry holds, as logged.</param>
public sealed record JournalEntryResponse(Guid Id, DateOnly Date, Meal Meal, EntryKind Kind, Guid? FoodId, Guid? RecipeId, string Name, double Amount,
    string Unit, double? Grams, NutrientsResponse Nutrients)
{
    public static JournalEntryResponse From(JournalEntry e) =>
        new(e.Id, e.Date, e.Meal, e.Kind, e.FoodId, e.RecipeId, e.Name, e.Amount, e.Unit, Round(e.Grams), NutrientsResponse.From(e.Values));

    internal static double? Round(double? value) => value is { } v ? Math.Round(v, 2) : null;
}

/// <summary>Grams, except energy (kcal) and sodium (mg); null where the food's source gave no figure.</summary>
public sealed record NutrientsResponse(double? EnergyKcal, double? Protein, double? Carbohydrate, double? Fat, double? Fibre, double? SaturatedFat,
    double? Sugars, double? SodiumMg)
{
    public static NutrientsResponse From(NutritionalValues v) => new(JournalEntryResponse.Round(v.EnergyKcal), JournalEntryResponse.Round(v.Protein),
        JournalEntryResponse.Round(v.Carbohydrate), JournalEntryResponse.Round(v.Fat), JournalEntryResponse.Round(v.Fibre),
        JournalEntryResponse.Round(v.SaturatedFat), JournalEntryResponse.Round(v.Sugars), JournalEntryResponse.Round(v.SodiumMg));
}

/// <summary>Daily goals: kcal and grams; null is no goal.</summary>
public sealed record GoalsResponse(double? EnergyKcal, double? Protein, double? Carbohydrate, double? Fat, double? Fibre)
{
    public static GoalsResponse From(NutritionGoals g) => new(g.EnergyKcal, g.Protein, g.Carbohydrate, g.Fat, g.Fibre);
}
