using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.FoodJournal;

/// <summary>Saves the member's daily goals; an empty field is no goal for that nutrient.</summary>
public sealed class SaveGoals(AppDbContext db, TimeProvider clock)
{
    /// <summary>Per field: the lowest and highest goal that makes sense for an adult's day.</summary>
    public static readonly IReadOnlyDictionary<string, (double Min, double Max, string Message)> Bounds = new Dictionary<string, (double, double, string)>
    {
        [nameof(Input.EnergyKcal)] = (500, 10_000, "Give an energy goal from 500 to 10,000 kcal, or leave it empty."),
        [nameof(Input.Protein)] = (0, 500, "Give a protein goal from 0 to 500 g, or leave it empty."),
        [nameof(Input.Carbohydrate)] = (0, 1_500, "Give a carbohydrate goal from 0 to 1,500 g, or leave it empty."),
        [nameof(Input.Fat)] = (0, 500, "Give a fat goal from 0 to 500 g, or leave it empty."),
        [nameof(Input.Fibre)] = (0, 150, "Give a fibre goal from 0 to 150 g, or leave it empty."),
    };

    public sealed record Input(double? EnergyKcal, double? Protein, double? Carbohydrate, double? Fat, double? Fibre);

    public async Task<Result<NutritionGoals>> HandleAsync(Guid memberId, Input input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        foreach (var (field, value) in Fields(input))
        {
            var (min, max, message) = Bounds[field];
            if (value is { } v && !(v >= min && v <= max))
            {
                errors[field] = message;
            }
        }
        if (errors.Count > 0)
        {
            return Result.Invalid(errors);
        }
        var goals = await db.NutritionGoals.OwnedBy(memberId).SingleOrDefaultAsync(cancellationToken)
            ?? db.NutritionGoals.Add(new NutritionGoals { MemberId = memberId }).Entity;
        (goals.EnergyKcal, goals.Protein, goals.Carbohydrate, goals.Fat, goals.Fibre) = (input.EnergyKcal, input.Protein, input.Carbohydrate, input.Fat, input.Fibre);
        goals.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok(goals);
    }

    private static (string Field, double? Value)[] Fields(Input i) =>
    [
        (nameof(Input.EnergyKcal), i.EnergyKcal), (nameof(Input.Protein), i.Protein), (nameof(Input.Carbohydrate), i.Carbohydrate),
        (nameof(Input.Fat), i.Fat), (nameof(Input.Fibre), i.Fibre),
    ];
}
