using Limber.Features.Foods;

namespace Limber.IntegrationTests.Infrastructure;

/// <summary>Foods for tests, with SR28's own figures where a test works nutrition out by hand.</summary>
public static class FoodBuilders
{
    /// <summary>SR28 01001 "Butter, salted": 717 kcal, 0.85 g protein, 81.11 g fat per 100 g; 1 tbsp = 14.2 g.</summary>
    public static Food Butter() => new()
    {
        Source = FoodSource.Sr28,
        SourceId = "01001",
        Name = "Butter, salted",
        Group = "Dairy and Egg Products",
        Commonness = 3,
        Per100Grams = new NutritionalValues(717, 2999, 0.85, 81.11, 51.368, 0.06, 0.06, 0, 643),
        Portions = [new FoodPortion { Amount = 1, Unit = "pat (1\" sq, 1/3\" high)", Grams = 5 }, new FoodPortion { Amount = 1, Unit = "tbsp", Grams = 14.2 }, new FoodPortion { Amount = 1, Unit = "cup", Grams = 227 }],
    };

    public static Food Plain(string name, double kcal = 100, double protein = 10, Guid? owner = null, int commonness = 0) => new()
    {
        Source = owner is null ? FoodSource.Sr28 : FoodSource.Member,
        SourceId = Guid.NewGuid().ToString("N")[..20],
        Name = name,
        OwnerId = owner,
        Commonness = commonness,
        Per100Grams = new NutritionalValues(kcal, kcal * 4.184, protein, 1, 0.5, 2, 1, 0.5, 10),
    };

    public static async Task<Food> GivenFoodAsync(this AppFactory app, Food food) => await app.WithDbAsync(async db =>
    {
        db.Foods.Add(food);
        await db.SaveChangesAsync();
        return food;
    });
}
