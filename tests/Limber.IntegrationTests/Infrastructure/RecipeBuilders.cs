using Limber.Features.Foods;
using Limber.Features.Recipes;

namespace Limber.IntegrationTests.Infrastructure;

/// <summary>Recipes for tests, linked to foods with SR28's own figures so nutrition can be worked out by hand.</summary>
public static class RecipeBuilders
{
    /// <summary>SR28 01123 "Egg, whole, raw, fresh": 143 kcal, 12.56 g protein, 9.51 g fat, 0.72 g carbohydrate, 0 fibre; 1 large = 50 g.</summary>
    public static Food Egg() => new()
    {
        Source = FoodSource.Sr28,
        SourceId = "01123",
        Name = "Egg, whole, raw, fresh",
        Commonness = 3,
        Per100Grams = new NutritionalValues(143, 598, 12.56, 9.51, 3.126, 0.72, 0.37, 0, 142),
        Portions = [new FoodPortion { Amount = 1, Unit = "large", Grams = 50 }, new FoodPortion { Amount = 1, Unit = "cup (4.86 large eggs)", Grams = 243 }],
    };

    /// <summary>SR28 18075 "Bread, whole-wheat, commercially prepared": 252 kcal, 12.45 g protein, 3.5 g fat, 42.71 g carbohydrate, 6 g fibre; 1 slice = 32 g.</summary>
    public static Food WholeWheatBread() => new()
    {
        Source = FoodSource.Sr28,
        SourceId = "18075",
        Name = "Bread, whole-wheat, commercially prepared",
        Commonness = 3,
        Per100Grams = new NutritionalValues(252, 1054, 12.45, 3.5, 0.719, 42.71, 4.41, 6, 450),
        Portions = [new FoodPortion { Amount = 1, Unit = "slice", Grams = 32 }, new FoodPortion { Amount = 1, Unit = "oz", Grams = 28.35 }],
    };

    /// <summary>
    /// "Eggs on toast" for 2, with 2 large eggs (100 g), 1 tbsp butter (14.2 g), 2 slices of bread (64 g)
    /// and unlinked salt. Per serving, by hand from the SR28 values: (143 + 717 × 0.142 + 252 × 0.64) / 2 =
    /// 203.047 kcal; protein (12.56 + 0.1207 + 7.968) / 2 = 10.3244 g; fat (9.51 + 11.5176 + 2.24) / 2 =
    /// 11.6338 g; carbohydrate (0.72 + 0.0085 + 27.3344) / 2 = 14.0315 g; fibre 3.84 / 2 = 1.92 g.
    /// </summary>
    public static async Task<Recipe> GivenEggsOnToastAsync(this AppFactory app, Visibility visibility = Visibility.Premium, bool published = true)
    {
        var slug = "eggs-on-toast-" + Guid.NewGuid().ToString("N")[..8];
        return await app.WithDbAsync(async db =>
        {
            var foods = new[] { Egg(), FoodBuilders.Butter(), WholeWheatBread() };
            foreach (var f in foods)
            {
                // Another recipe of the same class may have added them already (unique source id).
                var existing = db.Foods.SingleOrDefault(x => x.Source == f.Source && x.SourceId == f.SourceId);
                if (existing is null)
                {
                    db.Foods.Add(f);
                }
            }
            await db.SaveChangesAsync();
            var egg = db.Foods.Single(f => f.SourceId == "01123");
            var butter = db.Foods.Single(f => f.SourceId == "01001");
            var bread = db.Foods.Single(f => f.SourceId == "18075");
            var recipe = new Recipe
            {
                Slug = slug,
                Title = "Eggs on toast",
                Summary = "Breakfast in ten minutes.",
                Servings = 2,
                PrepMinutes = 2,
                CookMinutes = 8,
                Tags = "breakfast,high protein",
                Visibility = visibility,
                Published = published,
                PublishedAtUtc = published ? app.Now : null,
                CreatedAtUtc = app.Now,
                UpdatedAtUtc = app.Now,
                Steps = ["Toast the bread.", "Fry the eggs in the butter.", "Season with a pinch of salt."],
            };
            recipe.Ingredients.AddRange([
                Linked(recipe, 0, "2 large eggs", 2, "large", "eggs", egg, 100),
                Linked(recipe, 1, "1 tbsp butter", 1, "tbsp", "butter", butter, 14.2),
                Linked(recipe, 2, "2 slices whole-wheat bread", 2, "slice", "whole-wheat bread", bread, 64),
                new RecipeIngredient { RecipeId = recipe.Id, Position = 3, Line = "Salt, to taste", Name = "Salt, to taste" },
            ]);
            db.Recipes.Add(recipe);
            await db.SaveChangesAsync();
            return recipe;
        });
    }

    private static RecipeIngredient Linked(Recipe r, int position, string line, double quantity, string unit, string name, Food food, double grams) =>
        new() { RecipeId = r.Id, Position = position, Line = line, Quantity = quantity, Unit = unit, Name = name, FoodId = food.Id, Grams = grams, Link = IngredientLink.Linked };
}
