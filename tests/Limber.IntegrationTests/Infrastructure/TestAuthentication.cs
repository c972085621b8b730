using System.Text.Encodings.Web;
using Limber.Features.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Limber.IntegrationTests.Infrastructure;

/// <summary>
/// Test-only sign-in: a request carrying <see cref="Header"/> is the user with that id, with the
/// same claims (roles, display name) a real sign-in gives. Without the header the real Identity
/// cookie is used, so the sign-in pages are tested for real, and challenges still redirect to login.
/// </summary>
public sealed class TestAuthHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    SignInManager<AppUser> signIn) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string Header = "X-Test-User";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var id))
        {
            return await Context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        }
        var user = await signIn.UserManager.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return AuthenticateResult.Fail("Unknown test user.");
        }
        var principal = await signIn.CreateUserPrincipalAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}

public static class TestAuthenticationExtensions
{
    public static IServiceCollection AddTestAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, null);
        services.PostConfigure<AuthenticationOptions>(o => o.DefaultAuthenticateScheme = TestAuthHandler.SchemeName);
        return services;
    }
}
