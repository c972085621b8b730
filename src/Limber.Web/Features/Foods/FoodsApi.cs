using System.Security.Claims;
using Limber.Features.Accounts;

namespace Limber.Features.Foods;

/// <summary>The food table as JSON: search as you type (the journal's "Food" field uses it). Public; a signed-in member also finds their own foods.</summary>
public static class FoodsApi
{
    public const int DefaultTake = 10;

    public static void MapFoodsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/v1/foods").WithTags("Foods").MapGet("", SearchAsync).WithName("SearchFoods")
            .WithSummary("Foods whose words start with the words of q (\"chick bre\"), common foods first; take 1–50 (default 10). Nutrients per 100 g, with the household portions.");
    }

    private static async Task<FoodSearchResponse> SearchAsync(string? q, int? take, ClaimsPrincipal user, FoodSearch search, CancellationToken cancellationToken) =>
        new([.. (await search.SearchAsync(q, user.UserId(), take ?? DefaultTake, cancellationToken)).Select(FoodResponse.From)]);
}

/// <summary>The best matches, at most <c>take</c>; a search is not paged.</summary>
public sealed record FoodSearchResponse(List<FoodResponse> Items);

/// <param name="EnergyKcal">Per 100 g, like the other nutrients; null where the source gave no figure.</param>
public sealed record FoodResponse(Guid Id, string Name, string? Brand, double? EnergyKcal, double? Protein, double? Carbohydrate, double? Fat, double? Fibre,
    List<PortionResponse> Portions)
{
    public static FoodResponse From(Food f) => new(f.Id, f.Name, f.Brand, f.EnergyKcal, f.Protein, f.Carbohydrate, f.Fat, f.Fibre,
        [.. f.Portions.Select(p => new PortionResponse(p.Amount, p.Unit, p.Grams, p.Label))]);
}

/// <param name="Unit">What the journal takes as a unit.</param>
/// <param name="Label">"1 tbsp (14.2 g)".</param>
public sealed record PortionResponse(double Amount, string Unit, double Grams, string Label);
