using Limber.Features.Foods;
using Limber.Features.Memberships;
using Limber.Features.Recipes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Limber.Infrastructure.Data.Seed;

/// <summary>
/// Demo recipes that fit the site: six premium ones (high-protein breakfasts from "Protein without
/// the fuss", an anti-inflammatory dinner...) and two free snacks. Every ingredient is linked to its
/// food in the shipped SR28 table by NDB number, so the nutrition is computed like an editor's.
/// Added when the site has no recipes yet and the food table is loaded.
/// </summary>
public sealed class DemoRecipes(AppDbContext db, IOptions<LimberOptions> options, TimeProvider clock)
{
    /// <summary>An ingredient line and the SR28 food it is (NDB_No).</summary>
    private sealed record Line(string Text, string Ndb);

    private sealed record Demo(string Slug, string Title, string Summary, Visibility Visibility, int Servings, int Prep, int Cook, string Tags,
        Line[] Ingredients, string[] Steps);

    private static readonly Demo[] Recipes =
    [
        new("greek-yogurt-power-bowl", "Greek yogurt power bowl",
            "Over 25 g of protein before 8 a.m. with no cooking: thick yogurt, oats for staying power and berries for colour.",
            Visibility.Premium, 1, 5, 0, "breakfast,high protein,vegetarian,quick",
            [new("200 g Greek yogurt", "01256"), new("30 g rolled oats", "08120"), new("80 g blueberries", "09050"), new("1 tbsp honey", "19296"), new("10 g chia seeds", "12006")],
            ["Spoon the yogurt into a bowl.", "Scatter the oats and chia seeds over it.", "Top with the blueberries and drizzle with honey."]),
        new("spinach-feta-scramble", "Spinach and feta scramble",
            "Three eggs, a handful of spinach and salty feta on wholemeal toast: ten minutes, one pan.",
            Visibility.Premium, 1, 3, 7, "breakfast,high protein,vegetarian",
            [new("3 large eggs", "01123"), new("1 cup spinach", "11457"), new("30 g feta", "01019"), new("1 tsp olive oil", "04053"), new("1 slice wholemeal bread", "18075"), new("¼ tsp black pepper", "02030")],
            ["Warm the oil in a non-stick pan over medium heat and wilt the spinach.", "Beat the eggs, pour them in and stir slowly until just set.", "Crumble in the feta, season with pepper and serve on the toast."]),
        new("peanut-butter-overnight-oats", "Peanut butter overnight oats",
            "Make it before bed, eat it on the way out: oats soaked in milk with peanut butter and banana.",
            Visibility.Premium, 1, 5, 0, "breakfast,vegetarian",
            [new("50 g rolled oats", "08120"), new("200 ml milk", "01079"), new("1 tbsp peanut butter", "16098"), new("1 medium banana", "09040"), new("¼ tsp cinnamon", "02010")],
            ["Stir the oats, milk and peanut butter together in a jar.", "Cover and leave in the fridge overnight.", "In the morning slice the banana on top and dust with cinnamon."]),
        new("salmon-sweet-potato-greens", "Salmon, sweet potato and greens",
            "An anti-inflammatory dinner: omega-3-rich salmon, roasted sweet potato and broccoli with lemon.",
            Visibility.Premium, 2, 10, 25, "dinner,high protein,anti-inflammatory",
            [new("300 g salmon fillet", "15076"), new("400 g sweet potato", "11507"), new("2 cups broccoli", "11090"), new("1 tbsp olive oil", "04053"), new("½ lemon", "09150"), new("¼ tsp salt", "02047")],
            ["Heat the oven to 200 °C. Cut the sweet potato into wedges, toss with half the oil and roast for 25 minutes.", "After 10 minutes add the salmon and the broccoli to the tray, brushed with the rest of the oil.", "Squeeze the lemon over everything and season before serving."]),
        new("chicken-quinoa-tray-bake", "Chicken and quinoa tray bake",
            "Meal prep for four: lean chicken, quinoa and roasted peppers and courgette with smoked paprika.",
            Visibility.Premium, 4, 15, 30, "dinner,lunch,high protein",
            [new("500 g chicken breast", "05062"), new("1 cup quinoa", "20035"), new("2 large red peppers", "11821"), new("1 medium courgette", "11477"), new("2 tbsp olive oil", "04053"), new("2 tsp paprika", "02028")],
            ["Heat the oven to 200 °C. Cook the quinoa in twice its volume of water for 15 minutes.", "Slice the chicken, peppers and courgette, toss with the oil and paprika and roast for 25 minutes.", "Divide the quinoa and the tray between four boxes; it keeps three days in the fridge."]),
        new("red-lentil-turmeric-soup", "Red lentil and turmeric soup",
            "A warming, fibre-rich soup with turmeric and garlic; freezes well.",
            Visibility.Premium, 4, 10, 30, "lunch,vegetarian,anti-inflammatory",
            [new("1 cup red lentils", "16069"), new("1 medium onion", "11282"), new("2 medium carrots", "11124"), new("2 cloves garlic", "11215"), new("1 tsp turmeric", "02043"), new("1 tbsp olive oil", "04053"), new("1 l water", "14411")],
            ["Soften the chopped onion, carrot and garlic in the oil for 5 minutes.", "Stir in the turmeric, then the rinsed lentils and the water.", "Simmer for 25 minutes until the lentils collapse, then blend half of it for body."]),
        new("cottage-cheese-berry-pot", "Cottage cheese and berry pot",
            "A free high-protein snack: cottage cheese, strawberries and a few almonds.",
            Visibility.Public, 1, 3, 0, "snack,high protein,vegetarian,quick",
            [new("150 g cottage cheese", "01016"), new("½ cup strawberries", "09316"), new("15 g almonds", "12061")],
            ["Spoon the cottage cheese into a pot.", "Top with the sliced strawberries and chopped almonds."]),
        new("banana-oat-recovery-smoothie", "Banana oat recovery smoothie",
            "A free after-workout smoothie: carbohydrate to refill, protein to repair, in two minutes.",
            Visibility.Public, 1, 2, 0, "snack,quick,vegetarian",
            [new("1 medium banana", "09040"), new("250 ml milk", "01079"), new("2 tbsp rolled oats", "08120"), new("1 tbsp peanut butter", "16098"), new("¼ tsp cinnamon", "02010")],
            ["Put everything in a blender.", "Blend for a minute until smooth and drink straight away."]),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Recipes.AnyAsync(cancellationToken))
        {
            return;
        }
        var numbers = Recipes.SelectMany(r => r.Ingredients).Select(i => i.Ndb).Distinct().ToList();
        var foods = await db.Foods.AsNoTracking().Where(f => f.Source == FoodSource.Sr28 && numbers.Contains(f.SourceId))
            .ToDictionaryAsync(f => f.SourceId, cancellationToken);
        if (foods.Count != numbers.Count)
        {
            return; // The shipped food table is not loaded (Limber:Foods:LoadShippedTable=false): nothing to link to.
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var index = 0;
        foreach (var demo in Recipes)
        {
            var recipe = new Recipe
            {
                Slug = demo.Slug,
                Title = demo.Title,
                Summary = demo.Summary,
                Visibility = demo.Visibility,
                Servings = demo.Servings,
                PrepMinutes = demo.Prep,
                CookMinutes = demo.Cook,
                Tags = demo.Tags,
                Steps = [.. demo.Steps],
                Published = true,
                PublishedAtUtc = now.AddMinutes(-index),
                CreatedAtUtc = now,
                UpdatedAtUtc = now,
                PhotoPath = DemoImages.Write(options.Value.UploadsPath, demo.Slug, 20 + index),
            };
            foreach (var (line, position) in demo.Ingredients.Select((l, n) => (l, n)))
            {
                var parsed = IngredientLines.Parse(line.Text);
                var food = foods[line.Ndb];
                var grams = parsed.Quantity is { } q ? KitchenUnits.Grams(food, q, parsed.Unit) : null;
                recipe.Ingredients.Add(new RecipeIngredient
                {
                    RecipeId = recipe.Id,
                    Position = position,
                    Line = line.Text,
                    Quantity = parsed.Quantity,
                    Unit = parsed.Unit,
                    Name = parsed.Name,
                    FoodId = grams is null ? null : food.Id,
                    Grams = grams,
                    Link = grams is null ? IngredientLink.None : IngredientLink.Linked,
                });
            }
            db.Recipes.Add(recipe);
            index++;
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
