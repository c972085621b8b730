using Limber.Features.Foods.Import;
using Limber.Features.Foods.Table;
using Limber.Infrastructure.Data;

namespace Limber.Features.Foods;

public static class FoodsFeature
{
    public static IServiceCollection AddFoods(this IServiceCollection services)
    {
        services.AddOptions<FoodsOptions>().BindConfiguration(FoodsOptions.Section);
        services.AddScoped<FoodSearch>();
        services.AddScoped<SaveMemberFood>();
        services.AddScoped<Accounts.IMemberDataContributor, MemberFoodsData>();
        services.AddScoped<ImportFoods>();
        services.AddScoped<IDataUpgrade, ShippedTableLoader>();
        return services;
    }

    public static IEndpointRouteBuilder MapFoods(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapFoodsApi();
        return endpoints;
    }
}

/// <summary>The food table, bound from <c>Limber:Foods</c>.</summary>
public sealed class FoodsOptions
{
    public const string Section = "Limber:Foods";

    /// <summary>Load the shipped table (derived from USDA SR28) into an empty food table when the migrations run. Default true.</summary>
    public bool LoadShippedTable { get; set; } = true;
}
