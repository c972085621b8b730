using Limber.Features.Foods;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Limber.IntegrationTests.Foods;

public sealed class FoodSearchTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<List<Food>> SearchAsync(string query, Guid? member = null) =>
        app.WithScopeAsync(s => s.GetRequiredService<FoodSearch>().SearchAsync(query, member, 20, CancellationToken.None));

    [Fact]
    public async Task Words_MatchAsPrefixesInAnyOrder_CommonFoodsFirst()
    {
        var roasted = await app.GivenFoodAsync(FoodBuilders.Plain("Chicken, broilers or fryers, breast, meat only, cooked, roasted", commonness: 3));
        var rare = await app.GivenFoodAsync(FoodBuilders.Plain("Chicken, broilers or fryers, breast, skin only, raw (search test)"));
        await app.GivenFoodAsync(FoodBuilders.Plain("Bread, wheat"));

        var found = await SearchAsync("bre chick");

        Assert.Equal([roasted.Id, rare.Id], found.Select(f => f.Id).Take(2));
        Assert.DoesNotContain(found, f => f.Name == "Bread, wheat");
    }

    [Fact]
    public async Task PrivateFoods_FoundByTheirOwnerOnly_AndFirst()
    {
        var owner = await app.GivenMemberAsync();
        var other = await app.GivenMemberAsync();
        var mine = await app.GivenFoodAsync(FoodBuilders.Plain("Granola, my own zorbly mix", owner: owner.Id));
        var shared = await app.GivenFoodAsync(FoodBuilders.Plain("Granola, zorbly shared", commonness: 5));

        Assert.Equal([mine.Id, shared.Id], (await SearchAsync("zorbly granola", owner.Id)).Select(f => f.Id));
        Assert.Equal([shared.Id], (await SearchAsync("zorbly", other.Id)).Select(f => f.Id));
        Assert.Equal([shared.Id], (await SearchAsync("zorbly")).Select(f => f.Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("\"*) OR 1=1 --")]
    [InlineData("':* | !")]
    public async Task OddInput_FindsNothingOrPlainMatches_NeverFails(string query)
    {
        await app.GivenFoodAsync(FoodBuilders.Plain("Oddity, test food"));
        var found = await SearchAsync(query);
        Assert.DoesNotContain(found, f => f.Name == "Oddity, test food");
    }

    [Fact]
    public async Task Portions_RoundTripWithTheFood()
    {
        var butter = await app.GivenFoodAsync(FoodBuilders.Butter());
        var found = Assert.Single(await SearchAsync("butter salted"));
        Assert.Equal(butter.Id, found.Id);
        Assert.Equal(14.2, found.Portions.Single(p => p.Unit == "tbsp").Grams);
        Assert.Equal(717 * 0.142, found.In(14.2).EnergyKcal!.Value, 6);
    }
}
