using System.ComponentModel.DataAnnotations;
using Limber.Features.Memberships;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Limber.Features.FoodJournal;

/// <summary>
/// <c>/journal/goals</c>: the daily goals ("Save goals") and the calculator beside them: "Suggest
/// goals" fills the goals form from weight, height, age, sex, activity and aim; nothing is saved until
/// the member saves.
/// </summary>
[Authorize]
public sealed class GoalsModel(MemberAccess access, JournalDays days, SaveGoals save) : JournalPageModel(access)
{
    [BindProperty]
    public GoalsForm Goals { get; set; } = new();

    [BindProperty]
    public CalculatorForm Calculator { get; set; } = new();

    /// <summary>The goals form holds a suggestion that is not saved yet.</summary>
    public bool Suggested { get; private set; }

    [TempData(Key = "JournalFlash")] public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await days.GoalsAsync(Me, cancellationToken) is { } goals)
        {
            Goals = new GoalsForm { EnergyKcal = goals.EnergyKcal, Protein = goals.Protein, Carbohydrate = goals.Carbohydrate, Fat = goals.Fat, Fibre = goals.Fibre };
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var unreadable = false;
        foreach (var field in SaveGoals.Bounds.Keys)
        {
            unreadable |= this.Reword("Goals", field, SaveGoals.Bounds[field].Message);
        }
        if (unreadable)
        {
            return Page();
        }
        var saved = await save.HandleAsync(Me, new SaveGoals.Input(Goals.EnergyKcal, Goals.Protein, Goals.Carbohydrate, Goals.Fat, Goals.Fibre), cancellationToken);
        if (!saved.Succeeded)
        {
            return this.Failed(saved, "Goals");
        }
        Flash = "Saved your goals.";
        return Redirect("/journal");
    }

    public IActionResult OnPostSuggest()
    {
        var unreadable = this.Reword("Calculator", nameof(CalculatorForm.WeightKg), SuggestGoals.Messages.Weight)
            | this.Reword("Calculator", nameof(CalculatorForm.HeightCm), SuggestGoals.Messages.Height)
            | this.Reword("Calculator", nameof(CalculatorForm.Age), SuggestGoals.Messages.Age)
            | this.Reword("Calculator", nameof(CalculatorForm.Sex), SuggestGoals.Messages.Sex)
            | this.Reword("Calculator", nameof(CalculatorForm.Activity), SuggestGoals.Messages.Activity)
            | this.Reword("Calculator", nameof(CalculatorForm.Goal), SuggestGoals.Messages.Goal);
        if (unreadable)
        {
            return Page();
        }
        var c = Calculator;
        var suggestion = SuggestGoals.Handle(new SuggestGoals.Input(c.WeightKg, c.HeightCm, c.Age, c.Sex, c.Activity, c.Goal));
        if (!suggestion.Succeeded)
        {
            return this.Failed(suggestion, "Calculator");
        }
        var s = suggestion.Value;
        // The goals form shows the suggestion, not what the browser posted for it (it posted nothing).
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Goals.", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
        Goals = new GoalsForm { EnergyKcal = s.EnergyKcal, Protein = s.Protein, Carbohydrate = s.Carbohydrate, Fat = s.Fat, Fibre = s.Fibre };
        Suggested = true;
        return Page();
    }

}

public sealed class GoalsForm
{
    [Display(Name = "Energy (kcal)")]
    public double? EnergyKcal { get; set; }

    [Display(Name = "Protein (g)")]
    public double? Protein { get; set; }

    [Display(Name = "Carbohydrate (g)")]
    public double? Carbohydrate { get; set; }

    [Display(Name = "Fat (g)")]
    public double? Fat { get; set; }

    [Display(Name = "Fibre (g)")]
    public double? Fibre { get; set; }
}

public sealed class CalculatorForm
{
    [Display(Name = "Weight (kg)")]
    public double? WeightKg { get; set; }

    [Display(Name = "Height (cm)")]
    public double? HeightCm { get; set; }

    [Display(Name = "Age")]
    public int? Age { get; set; }

    [Display(Name = "Sex")]
    public BodySex? Sex { get; set; }

    [Display(Name = "Activity")]
    public ActivityLevel? Activity { get; set; }

    [Display(Name = "Aim")]
    public WeightGoal? Goal { get; set; }
}
