namespace Limber.Features.Settings;

public static class SettingsFeature
{
    public static IServiceCollection AddSettings(this IServiceCollection services)
    {
        services.AddScoped<SiteSettingsReader>();
        return services;
    }
}
