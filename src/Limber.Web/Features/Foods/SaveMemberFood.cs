using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Foods;

/// <summary>
/// A member's own food (a home recipe, a product the table lacks): nutrients per 100 g as on a
/// label, and optionally one portion ("1 bar = 45 g"). Only its owner finds or uses it.
/// </summary>
public sealed class SaveMemberFood(AppDbContext db, TimeProvider clock)
{
    public const int MaxPerMember = 500;

    public static class Messages
    {
        public const string Name = "Give the food a name (at most 300 characters).";
        public const string Brand = "The brand is at most 200 characters.";
        public const string Energy = "Give the energy per 100 g in kcal, from 0 to 900.";
        public const string Grams = "Give grams per 100 g, from 0 to 100.";
        public const string Sodium = "Give sodium per 100 g in mg, from 0 to 40,000.";
        public const string Portion = "Give the portion a name and its weight in grams (0.1 to 5,000), or leave both empty.";
        public const string TooMany = "You have 500 foods of your own; delete some first.";
        public const string NotFound = "There is no such food of yours.";
    }

    public sealed record Input(string? Name, string? Brand, double? EnergyKcal, double? Protein, double? Carbohydrate, double? Sugars, double? Fat,
        double? SaturatedFat, double? Fibre, double? SodiumMg, string? PortionUnit, double? PortionGrams);

    public async Task<Result<Food>> HandleAsync(Guid memberId, Guid? id, Input input, CancellationToken cancellationToken)
    {
        var food = id is null ? null : await db.Foods.SingleOrDefaultAsync(f => f.Id == id && f.OwnerId == memberId, cancellationToken);
        if (id is not null && food is null)
        {
            return Result.NotFound(Messages.NotFound);
        }
        var errors = new Dictionary<string, string>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > Food.NameMaxLength)
        {
            errors[nameof(Input.Name)] = Messages.Name;
        }
        if (input.Brand?.Trim().Length > Food.BrandMaxLength)
        {
            errors[nameof(Input.Brand)] = Messages.Brand;
        }
        if (input.EnergyKcal is not (>= 0 and <= 900))
        {
            errors[nameof(Input.EnergyKcal)] = Messages.Energy;
        }
        foreach (var (field, value) in new[] { (nameof(Input.Protein), input.Protein), (nameof(Input.Carbohydrate), input.Carbohydrate),
            (nameof(Input.Sugars), input.Sugars), (nameof(Input.Fat), input.Fat), (nameof(Input.SaturatedFat), input.SaturatedFat), (nameof(Input.Fibre), input.Fibre) })
        {
            if (value is < 0 or > 100)
            {
                errors[field] = Messages.Grams;
            }
        }
        if (input.SodiumMg is < 0 or > 40_000)
        {
            errors[nameof(Input.SodiumMg)] = Messages.Sodium;
        }
        var unit = input.PortionUnit?.Trim();
        if (!string.IsNullOrEmpty(unit) && (input.PortionGrams is not (>= 0.1 and <= 5000) || unit.Length > 120))
        {
            errors[nameof(Input.PortionGrams)] = Messages.Portion;
        }
        else if (string.IsNullOrEmpty(unit) && input.PortionGrams is not null)
        {
            errors[nameof(Input.PortionUnit)] = Messages.Portion;
        }
        if (id is null && errors.Count == 0 && await db.Foods.CountAsync(f => f.OwnerId == memberId, cancellationToken) >= MaxPerMember)
        {
            errors[nameof(Input.Name)] = Messages.TooMany;
        }
        if (errors.Count > 0)
        {
            return Result.Invalid(errors);
        }
        if (food is null)
        {
            var newId = Guid.CreateVersion7();
            food = db.Foods.Add(new Food { Id = newId, Source = FoodSource.Member, SourceId = newId.ToString("N"), OwnerId = memberId }).Entity;
        }
        food.Name = name;
        food.Brand = string.IsNullOrWhiteSpace(input.Brand) ? null : input.Brand.Trim();
        food.Per100Grams = new NutritionalValues(input.EnergyKcal, null, input.Protein, input.Fat, input.SaturatedFat, input.Carbohydrate, input.Sugars,
            input.Fibre, input.SodiumMg).WithBothEnergies();
        food.Portions = string.IsNullOrEmpty(unit) ? [] : [new FoodPortion { Amount = 1, Unit = unit, Grams = input.PortionGrams!.Value }];
        food.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok(food);
    }

    /// <summary>Deletes one of the member's foods; journal entries keep their figures (they hold a copy).</summary>
    public async Task<Result<Done>> DeleteAsync(Guid memberId, Guid id, CancellationToken cancellationToken) =>
        await db.Foods.Where(f => f.Id == id && f.OwnerId == memberId).ExecuteDeleteAsync(cancellationToken) == 0
            ? Result.NotFound(Messages.NotFound)
            : Result.Ok();
}
