using Limber.Features.Accounts;

namespace Limber.Features.BackCare;

public static class BackCareFeature
{
    public static IServiceCollection AddBackCare(this IServiceCollection services)
    {
        services.AddScoped<BackCareSettingsReader>();
        services.AddAccountLink("Back care", "/back-care", 70);
        return services;
    }

    public static IEndpointRouteBuilder MapBackCare(this IEndpointRouteBuilder endpoints) => endpoints;
}
