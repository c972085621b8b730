using Limber.Features.Accounts;
using Limber.Infrastructure.Payments;
using Microsoft.Extensions.Options;

namespace Limber.Features.Memberships;

public static class MembershipsFeature
{
    public static IServiceCollection AddMemberships(this IServiceCollection services)
    {
        services.AddOptions<PaymentsOptions>().BindConfiguration(PaymentsOptions.Section).ValidateOnStart();
        services.AddScoped<MemberAccess>();
        services.AddScoped<MembershipChanges>();
        services.AddScoped<MembershipEmails>();
        services.AddSingleton<StripePaymentGateway>();
        services.AddSingleton<DemoPaymentGateway>();
        // Stripe whenever its keys are set; the demo checkout otherwise (and never both).
        services.AddSingleton<IPaymentGateway>(sp => sp.GetRequiredService<IOptions<PaymentsOptions>>().Value.UsesStripe
            ? sp.GetRequiredService<StripePaymentGateway>()
            : sp.GetRequiredService<DemoPaymentGateway>());
        services.AddScoped<IMemberDataContributor, MembershipData>();
        services.AddScoped<IAccountOverviewCard, MembershipCard>();
        services.AddAccountLink("Membership", "/account/membership", 80);
        return services;
    }

    public static IEndpointRouteBuilder MapMemberships(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapStripeWebhook();
        endpoints.MapMembershipsApi();
        return endpoints;
    }
}
