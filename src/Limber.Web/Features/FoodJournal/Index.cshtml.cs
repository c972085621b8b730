using System.ComponentModel.DataAnnotations;
using Limber.Features.Accounts;
using Limber.Features.Foods;
using Limber.Features.Memberships;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Limber.Features.FoodJournal;

/// <summary>
/// <c>/journal</c> (today on the member's clock) and <c>/journal/{yyyy-MM-dd}</c>: the day's meals and
/// totals against goals. Without JavaScript "Food" searches with <c>?q=</c> and a result is picked with
/// <c>&amp;food={id}</c>; <c>?edit={id}</c> changes an entry. Handlers: Add, Quick, Again (a recent
/// food), Recipe (a recipe page's "Log this meal"), Edit, Remove, Copy.
/// </summary>
[Authorize]
public sealed class IndexModel(MemberAccess access, JournalDays days, MemberDates dates, FoodSearch foods, LogFood logFood, LogQuick logQuick,
    LogRecipe logRecipe, ChangeEntry change, CopyDay copy) : JournalPageModel(access)
{
    public const int SearchResults = 12;

    public DateOnly Date { get; private set; }

    public DateOnly Today { get; private set; }

    public List<JournalEntry> Entries { get; private set; } = [];

    public NutritionalValues Totals { get; private set; } = NutritionalValues.Zero;

    public NutritionGoals? Goals { get; private set; }

    public List<JournalEntry> Recent { get; private set; } = [];

    public string? Query { get; private set; }

    public List<Food> Results { get; private set; } = [];

    /// <summary>The food the add form logs (picked from the results, or posted back).</summary>
    public Food? Chosen { get; private set; }

    public JournalEntry? Editing { get; private set; }

    /// <summary>The portions the entry being changed may use (its food's, when the food is still there).</summary>
    public List<FoodPortion> EditingPortions { get; private set; } = [];

    /// <summary>Set when "Copy from previous day" waits for "Copy anyway".</summary>
    public CopyDay.Outcome? ConfirmCopy { get; private set; }

    public Meal DefaultMeal { get; private set; }

    [BindProperty]
    public AddForm Add { get; set; } = new();

    [BindProperty]
    public QuickForm Quick { get; set; } = new();

    [BindProperty]
    public ChangeForm Change { get; set; } = new();

    [TempData(Key = "JournalFlash")] public string? Flash { get; set; }

    public string DatePath => $"/journal/{JournalDays.Format(Date)}";

    public async Task<IActionResult> OnGetAsync(string? date, string? q, Guid? food, Guid? edit, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(date, cancellationToken))
        {
            return NotFound();
        }
        Query = q?.Trim();
        Results = await foods.SearchAsync(Query, Me, SearchResults, cancellationToken);
        if (food is { } id)
        {
            Chosen = await foods.FindAsync(id, Me, cancellationToken);
            if (Chosen is null)
            {
                return NotFound();
            }
        }
        Add = new AddForm { FoodId = Chosen?.Id, Amount = 100, Unit = JournalEntry.GramsUnit, Meal = DefaultMeal };
        Quick = new QuickForm { Meal = DefaultMeal };
        if (edit is { } entryId)
        {
            if (!await EditingAsync(entryId, cancellationToken))
            {
                return NotFound();
            }
            Change = new ChangeForm { Amount = Editing!.Amount, Unit = Editing.Unit, Meal = Editing.Meal };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(string? date, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(date, cancellationToken))
        {
            return NotFound();
        }
        Chosen = Add.FoodId is { } id ? await foods.FindAsync(id, Me, cancellationToken) : null;
        if (this.Reword("Add", nameof(AddForm.Amount), JournalRules.Messages.Amount) | this.Reword("Add", nameof(AddForm.Meal), JournalRules.Messages.Meal))
        {
            return Page();
        }
        var logged = await logFood.HandleAsync(Me, Date, new LogFood.Input(Add.FoodId, Add.Amount, Add.Unit, Add.Meal), cancellationToken);
        return logged.Succeeded ? Logged(logged.Value) : this.Failed(logged, "Add");
    }

    public async Task<IActionResult> OnPostQuickAsync(string? date, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(date, cancellationToken))
        {
            return NotFound();
        }
        var unreadable = this.Reword("Quick", nameof(QuickForm.EnergyKcal), JournalRules.Messages.Kcal)
            | this.Reword("Quick", nameof(QuickForm.Protein), JournalRules.Messages.Nutrient) | this.Reword("Quick", nameof(QuickForm.Carbohydrate), JournalRules.Messages.Nutrient)
            | this.Reword("Quick", nameof(QuickForm.Fat), JournalRules.Messages.Nutrient) | this.Reword("Quick", nameof(QuickForm.Meal), JournalRules.Messages.Meal);
        if (unreadable)
        {
            return Page();
        }
        var logged = await logQuick.HandleAsync(Me, Date, new LogQuick.Input(Quick.Name, Quick.EnergyKcal, Quick.Protein, Quick.Carbohydrate, Quick.Fat, Quick.Meal),
            cancellationToken);
        return logged.Succeeded ? Logged(logged.Value) : this.Failed(logged, "Quick");
    }

    /// <summary>A recent food again, with the amount and unit of its latest entry, in the meal chosen beside the list.</summary>
    public async Task<IActionResult> OnPostAgainAsync(string? date, Guid id, Meal? meal, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(date, cancellationToken))
        {
            return NotFound();
        }
        if (await days.FindAsync(Me, id, cancellationToken) is not { FoodId: { } foodId } last)
        {
            return NotFound();
        }
        var logged = await logFood.HandleAsync(Me, Date, new LogFood.Input(foodId, last.Amount, last.Unit, meal ?? DefaultMeal), cancellationToken);
        return logged.Succeeded ? Logged(logged.Value) : this.Failed(logged, "Add");
    }

    public async Task<IActionResult> OnPostEditAsync(string? date, Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(date, cancellationToken) || !await EditingAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (this.Reword("Change", nameof(ChangeForm.Amount), JournalRules.Messages.Amount) | this.Reword("Change", nameof(ChangeForm.Meal), JournalRules.Messages.Meal))
        {
            return Page();
        }
        var changed = await change.HandleAsync(Me, id, new ChangeEntry.Input(Change.Amount, Change.Unit, Change.Meal), cancellationToken);
        if (!changed.Succeeded)
        {
            return this.Failed(changed, "Change");
        }
        Flash = $"Saved: {changed.Value.Name}, {JournalText.Amount(changed.Value)}.";
        return Redirect(DatePath);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? date, Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(date, cancellationToken))
        {
            return NotFound();
        }
        var entry = await days.FindAsync(Me, id, cancellationToken);
        var removed = await change.RemoveAsync(Me, id, cancellationToken);
        if (!removed.Succeeded)
        {
            return this.Failed(removed);
        }
        Flash = $"Removed {entry?.Name}.";
        return Redirect(DatePath);
    }

    /// <summary>
    /// A recipe page's "Log this meal": the servings (one unless said) in the meal of the hour, on the
    /// given day or today; then the day, where the entry can be changed or removed.
    /// </summary>
    public async Task<IActionResult> OnPostRecipeAsync(string? date, Guid? recipeId, double? servings, Meal? meal, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(date, cancellationToken))
        {
            return NotFound();
        }
        var logged = await logRecipe.HandleAsync(Me, Date, new LogRecipe.Input(recipeId, servings ?? 1, meal ?? DefaultMeal), cancellationToken);
        if (!logged.Succeeded)
        {
            foreach (var message in logged.Errors.Values)
            {
                ModelState.AddModelError("", message);
            }
            return logged.Kind == ResultKind.Invalid ? Page() : this.Failed(logged);
        }
        return Logged(logged.Value);
    }

    /// <summary>"Copy from previous day"; into a day with entries only after "Copy anyway" (<paramref name="confirm"/>).</summary>
    public async Task<IActionResult> OnPostCopyAsync(string? date, bool confirm, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(date, cancellationToken))
        {
            return NotFound();
        }
        var copied = await copy.HandleAsync(Me, Date, new CopyDay.Input(null, confirm), cancellationToken);
        if (!copied.Succeeded)
        {
            foreach (var message in copied.Errors.Values)
            {
                ModelState.AddModelError("", message);
            }
            return copied.Kind == ResultKind.Invalid ? Page() : this.Failed(copied);
        }
        if (copied.Value.NeedsConfirmation)
        {
            ConfirmCopy = copied.Value;
            return Page();
        }
        var n = copied.Value.Copied;
        Flash = $"Copied {n} {(n == 1 ? "entry" : "entries")} from {copied.Value.From:dddd d MMMM}.";
        return Redirect(DatePath);
    }

    private RedirectResult Logged(JournalEntry entry)
    {
        Flash = $"Added {entry.Name}, {JournalText.Amount(entry)}, to {JournalRules.Label(entry.Meal)}.";
        return Redirect(DatePath);
    }

    /// <summary>The day (today when none is given) and what the page always shows; false for a date that is no day of the journal's.</summary>
    private async Task<bool> LoadAsync(string? date, CancellationToken cancellationToken)
    {
        var zone = await dates.ZoneAsync(Me, cancellationToken);
        Today = Times.Today(dates.UtcNow, zone);
        DefaultMeal = JournalRules.Guess(TimeOnly.FromDateTime(Times.Local(dates.UtcNow, zone)));
        if (date is null)
        {
            Date = Today;
        }
        else if (!JournalDays.TryParseDay(date, out var day) || !JournalRules.IsDay(day, Today))
        {
            return false;
        }
        else
        {
            Date = day;
        }
        Entries = await days.EntriesAsync(Me, Date, cancellationToken);
        Totals = NutritionalValues.Sum(Entries.Select(e => e.Values));
        Goals = await days.GoalsAsync(Me, cancellationToken);
        Recent = await days.RecentFoodsAsync(Me, cancellationToken);
        return true;
    }

    private async Task<bool> EditingAsync(Guid id, CancellationToken cancellationToken)
    {
        Editing = await days.FindAsync(Me, id, cancellationToken);
        if (Editing is { FoodId: { } foodId } && await foods.FindAsync(foodId, Me, cancellationToken) is { } food)
        {
            EditingPortions = food.Portions;
        }
        return Editing is not null;
    }

}

public sealed class AddForm
{
    public Guid? FoodId { get; set; }

    [Display(Name = "Amount")]
    public double? Amount { get; set; }

    [Display(Name = "Unit")]
    public string? Unit { get; set; }

    [Display(Name = "Meal")]
    public Meal? Meal { get; set; }
}

public sealed class QuickForm
{
    [Display(Name = "Description")]
    public string? Name { get; set; }

    [Display(Name = "Energy (kcal)")]
    public double? EnergyKcal { get; set; }

    [Display(Name = "Protein (g)")]
    public double? Protein { get; set; }

    [Display(Name = "Carbohydrate (g)")]
    public double? Carbohydrate { get; set; }

    [Display(Name = "Fat (g)")]
    public double? Fat { get; set; }

    [Display(Name = "Eaten at")]
    public Meal? Meal { get; set; }
}

public sealed class ChangeForm
{
    [Display(Name = "Amount")]
    public double? Amount { get; set; }

    [Display(Name = "Unit")]
    public string? Unit { get; set; }

    [Display(Name = "Meal")]
    public Meal? Meal { get; set; }
}
