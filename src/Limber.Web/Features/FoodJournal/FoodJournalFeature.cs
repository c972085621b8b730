using Limber.Features.Accounts;

namespace Limber.Features.FoodJournal;

public static class FoodJournalFeature
{
    public static IServiceCollection AddFoodJournal(this IServiceCollection services)
    {
        services.AddScoped<JournalDays>();
        services.AddScoped<LogFood>();
        services.AddScoped<LogRecipe>();
        services.AddScoped<LogQuick>();
        services.AddScoped<ChangeEntry>();
        services.AddScoped<CopyDay>();
        services.AddScoped<SaveGoals>();
        services.AddScoped<JournalCsv>();
        services.AddScoped<IMemberDataContributor, JournalData>();
        services.AddScoped<IAccountOverviewCard, JournalCard>();
        services.AddAccountLink("Food journal", "/journal", 60);
        return services;
    }

    public static IEndpointRouteBuilder MapFoodJournal(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapFoodJournalApi();
        return endpoints;
    }
}
