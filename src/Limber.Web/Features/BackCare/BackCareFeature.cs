using Limber.Features.Accounts;

namespace Limber.Features.BackCare;

public static class BackCareFeature
{
    public static IServiceCollection AddBackCare(this IServiceCollection services)
    {
        services.AddScoped<BackCareSettingsReader>();
        services.AddScoped<InversionGate>();
        services.AddScoped<SaveSelfCheck>();
        services.AddScoped<LogSession>();
        services.AddScoped<IMemberDataContributor, InversionData>();
        services.AddScoped<IAccountOverviewCard, BackCareCard>();
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
        endpoints.MapInversionApi();
        // Pain diary and insights
        endpoints.MapPainApi();
        return endpoints;
    }
}
