using System.ComponentModel.DataAnnotations;
using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Foods;

/// <summary><c>/foods/mine</c>: the member's own foods; add one, <c>?edit={id}</c> to change one (another member's is 404), delete.</summary>
[Authorize]
public sealed class MineModel(AppDbContext db, SaveMemberFood save) : PageModel
{
    public List<Food> Foods { get; private set; } = [];

    public Guid? Editing { get; private set; }

    [BindProperty] public MemberFoodForm Input { get; set; } = new();

    [TempData(Key = "FoodsFlash")] public string? Flash { get; set; }

    private Guid Me => User.UserId()!.Value;

    public async Task<IActionResult> OnGetAsync(Guid? edit, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (edit is { } id)
        {
            if (Foods.SingleOrDefault(f => f.Id == id) is not { } food)
            {
                return NotFound();
            }
            Editing = id;
            Input = MemberFoodForm.From(food);
        }
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SaveAsync(null, cancellationToken);

    public Task<IActionResult> OnPostEditAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var deleted = await save.DeleteAsync(Me, id, cancellationToken);
        if (!deleted.Succeeded)
        {
            return this.Failed(deleted);
        }
        Flash = "Deleted the food.";
        return RedirectToPage();
    }

    private async Task<IActionResult> SaveAsync(Guid? id, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (id is { } editing && Foods.All(f => f.Id != editing))
        {
            return NotFound();
        }
        Editing = id;
        var unreadable = ModelState.Where(kv => kv.Value?.Errors.Count > 0).Select(kv => kv.Key).ToList();
        foreach (var key in unreadable)
        {
            var state = ModelState[key]!;
            state.Errors.Clear();
            state.Errors.Add("Give a number, such as 12.5.");
        }
        if (unreadable.Count > 0)
        {
            return Page();
        }
        var saved = await save.HandleAsync(Me, id, new SaveMemberFood.Input(Input.Name, Input.Brand, Input.EnergyKcal, Input.Protein, Input.Carbohydrate,
            Input.Sugars, Input.Fat, Input.SaturatedFat, Input.Fibre, Input.SodiumMg, Input.PortionUnit, Input.PortionGrams), cancellationToken);
        if (!saved.Succeeded)
        {
            return this.Failed(saved, nameof(Input));
        }
        Flash = $"Saved “{saved.Value.Name}”. It is in your food search now.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Foods = await db.Foods.AsNoTracking().Where(f => f.OwnerId == Me).OrderBy(f => f.Name).ToListAsync(cancellationToken);

    public sealed class MemberFoodForm
    {
        [Display(Name = "Name")] public string? Name { get; set; }

        [Display(Name = "Brand (optional)")] public string? Brand { get; set; }

        [Display(Name = "Energy (kcal per 100 g)")] public double? EnergyKcal { get; set; }

        [Display(Name = "Protein (g)")] public double? Protein { get; set; }

        [Display(Name = "Carbohydrate (g)")] public double? Carbohydrate { get; set; }

        [Display(Name = "of which sugars (g)")] public double? Sugars { get; set; }

        [Display(Name = "Fat (g)")] public double? Fat { get; set; }

        [Display(Name = "of which saturated (g)")] public double? SaturatedFat { get; set; }

        [Display(Name = "Fibre (g)")] public double? Fibre { get; set; }

        [Display(Name = "Sodium (mg)")] public double? SodiumMg { get; set; }

        [Display(Name = "Portion name (optional)")] public string? PortionUnit { get; set; }

        [Display(Name = "Portion weight (g)")] public double? PortionGrams { get; set; }

        public static MemberFoodForm From(Food f) => new()
        {
            Name = f.Name,
            Brand = f.Brand,
            EnergyKcal = f.EnergyKcal,
            Protein = f.Protein,
            Carbohydrate = f.Carbohydrate,
            Sugars = f.Sugars,
            Fat = f.Fat,
            SaturatedFat = f.SaturatedFat,
            Fibre = f.Fibre,
            SodiumMg = f.SodiumMg,
            PortionUnit = f.Portions.FirstOrDefault()?.Unit,
            PortionGrams = f.Portions.FirstOrDefault()?.Grams,
        };
    }
}
