using Limber.Features.Foods;
using Limber.Features.Recipes;

namespace Limber.UnitTests.Recipes;

public sealed class KitchenUnitsTests
{
    // SR28 01123 "Egg, whole, raw, fresh": 1 large = 50 g; 04053 "Oil, olive": 1 tbsp = 13.5 g, 1 cup = 216 g.
    private static readonly Food Egg = new() { Name = "Egg", Portions = [new() { Amount = 1, Unit = "large", Grams = 50 }, new() { Amount = 1, Unit = "cup (4.86 large eggs)", Grams = 243 }] };
    private static readonly Food Oil = new() { Name = "Oil, olive", Portions = [new() { Amount = 1, Unit = "tbsp", Grams = 13.5 }, new() { Amount = 1, Unit = "cup", Grams = 216 }] };

    [Theory]
    [InlineData(200.0, "g", 200.0)]
    [InlineData(0.25, "kg", 250.0)]
    [InlineData(2.0, "oz", 56.699)]
    [InlineData(2.0, "tbsp", 27.0)]
    [InlineData(0.5, "cup", 108.0)]
    [InlineData(3.0, "tsp", 13.5)]
    [InlineData(100.0, "ml", 91.298)]
    public void Grams_ConvertsMassExactlyAndVolumeThroughThePortions(double quantity, string unit, double grams) =>
        Assert.Equal(grams, KitchenUnits.Grams(Oil, quantity, unit)!.Value, 2);

    [Fact]
    public void Grams_OfACount_UseTheFoodsPieceSize() => Assert.Equal(150, KitchenUnits.Grams(Egg, 3, null));

    [Fact]
    public void Grams_WithoutAPortionToGoBy_IsUnknown() => Assert.Null(KitchenUnits.Grams(new Food { Name = "Salt" }, 1, "pinch"));

    [Theory]
    [InlineData(1.0, "tbsp", 0.5, "1½", "tsp")]
    [InlineData(2.0, "tbsp", 0.5, "1", "tbsp")]
    [InlineData(4.0, "tbsp", 2.0, "½", "cup")]
    [InlineData(0.5, "cup", 0.25, "2", "tbsp")]
    [InlineData(4.0, "tbsp", 1.0, "4", "tbsp")]
    [InlineData(3.0, "large", 0.5, "1½", "large")]
    [InlineData(1.0, "cup", 0.333333, "⅓", "cup")]
    [InlineData(250.0, "g", 1.5, "375", "g")]
    [InlineData(40.0, "g", 0.3, "12", "g")]
    [InlineData(2.0, null, 0.7, "1.4", null)]
    public void Scale_ChoosesTheUnitACookWouldRead(double quantity, string? unit, double factor, string shown, string? shownUnit)
    {
        var (scaled, newUnit) = KitchenUnits.Scale(quantity, unit, factor);
        Assert.Equal(shownUnit, newUnit);
        Assert.Equal(shown, KitchenUnits.Format(scaled, newUnit));
    }
}
