namespace Limber.Features.Categories;

public static class CategoriesFeature
{
    public static IServiceCollection AddCategories(this IServiceCollection services) => services.AddScoped<SaveCategory>();
}
