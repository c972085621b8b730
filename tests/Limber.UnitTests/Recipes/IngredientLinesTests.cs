using Limber.Features.Recipes;

namespace Limber.UnitTests.Recipes;

public sealed class IngredientLinesTests
{
    [Theory]
    [InlineData("2 tbsp olive oil", 2.0, "tbsp", "olive oil")]
    [InlineData("1 1/2 cups rolled oats", 1.5, "cup", "rolled oats")]
    [InlineData("½ cup milk", 0.5, "cup", "milk")]
    [InlineData("1½ Tablespoons honey", 1.5, "tbsp", "honey")]
    [InlineData("200g Greek yogurt", 200.0, "g", "Greek yogurt")]
    [InlineData("0,5 kg potatoes", 0.5, "kg", "potatoes")]
    [InlineData("3 large eggs", 3.0, "large", "eggs")]
    [InlineData("2 eggs", 2.0, null, "eggs")]
    [InlineData("1 cup of spinach", 1.0, "cup", "spinach")]
    [InlineData("4 oz. smoked salmon", 4.0, "oz", "smoked salmon")]
    public void Parse_ReadsAmountUnitAndName(string line, double quantity, string? unit, string name)
    {
        var parsed = IngredientLines.Parse(line);
        Assert.Equal(quantity, parsed.Quantity!.Value, 6);
        Assert.Equal(unit, parsed.Unit);
        Assert.Equal(name, parsed.Name);
    }

    [Theory]
    [InlineData("Salt, to taste")]
    [InlineData("Fresh herbs")]
    [InlineData("3D printed garnish")]
    [InlineData("1/0 cup nonsense")]
    public void Parse_WithoutAReadableAmount_KeepsTheLineAsTheName(string line)
    {
        var parsed = IngredientLines.Parse(line);
        Assert.Null(parsed.Quantity);
        Assert.Equal(line, parsed.Name);
    }

    [Fact]
    public void Split_DropsBlankLinesAndListMarkers()
    {
        Assert.Equal(["2 eggs", "1 cup milk", "3 tbsp oil", "salt"], IngredientLines.Split("- 2 eggs\r\n\n* 1 cup milk\n1. 3 tbsp oil\n  salt  \n"));
    }
}
