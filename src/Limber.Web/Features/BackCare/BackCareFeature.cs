using Limber.Features.Accounts;

namespace Limber.Features.BackCare;

public static class BackCareFeature
{
    public static IServiceCollection AddBackCare(this IServiceCollection services)
    {
        services.AddScoped<BackCareSettingsReader>();
        services.AddAccountLink("Back care", "/back-care", 70);
        // Pain diary and insights
        services.AddScoped<PainDiary>();
        services.AddScoped<LogPain>();
        services.AddScoped<InsightsReader>();
        services.AddScoped<InsightsCsv>();
        services.AddScoped<IMemberDataContributor, PainData>();
        return services;
    }

    public static IEndpointRouteBuilder MapBackCare(this IEndpointRouteBuilder endpoints)
    {
        // Pain diary and insights
        endpoints.MapPainApi();
        return endpoints;
    }
}
