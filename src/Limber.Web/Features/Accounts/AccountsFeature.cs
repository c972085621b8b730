using System.Security.Claims;
using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Limber.Features.Accounts;

public static class AccountsFeature
{
    /// <summary>Claim carrying the display name, so the header never needs a database read.</summary>
    public const string DisplayNameClaim = "limber:display_name";

    /// <summary>Claim carrying the profile picture key, for the header's avatar.</summary>
    public const string AvatarClaim = "limber:avatar";

    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole<Guid>>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length over composition rules (NIST SP 800-63B): a long passphrase beats "Passw0rd!".
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<DisplayNameClaimsFactory>();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "limber.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            options.SlidingExpiration = true;
            // The API answers 401/403; only pages redirect to the login form.
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
            options.Events.OnValidatePrincipal = SecurityStampCheck.WhenDueAsync;
        });
        // A changed password or role takes effect on other sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            // The refreshed cookie is the same session: it keeps its id, so logging out still ends it.
            o.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal?.FindFirst(MemberSessions.Claim) is { } session
                    && context.NewPrincipal?.Identity is ClaimsIdentity identity)
                {
                    if (identity.FindFirst(MemberSessions.Claim) is { } fresh)
                    {
                        identity.RemoveClaim(fresh);
                    }
                    identity.AddClaim(new Claim(MemberSessions.Claim, session.Value));
                }
                return Task.CompletedTask;
            };
        });
        services.AddSingleton<MemberSessions>();

        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.StaffPolicy, p => p.RequireRole(Roles.Admin, Roles.Editor))
            .AddPolicy(Roles.ModerationPolicy, p => p.RequireRole(Roles.Admin, Roles.Moderator));

        services.AddScoped<RoleSeeder>();
        services.AddScoped<CreateAdmin>();
        services.AddScoped<MemberDates>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<RegisterMember>();
        services.AddScoped<SignInWithPassword>();
        services.AddScoped<UpdateProfile>();
        services.AddScoped<DeleteAccount>();
        services.AddScoped<AuditLog>();
        services.AddScoped<IMemberDataContributor, ProfileData>();
        services.AddSingleton<AvatarStore>();
        services.AddSingleton<PictureUploadLimit>();
        services.AddAccountLink("Profile", "/account/profile", 10);
        return services;
    }

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMeApi();
        return endpoints;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayNameClaim) ?? user.Identity?.Name ?? "";

    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static bool IsStaff(this ClaimsPrincipal user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Editor);

    /// <summary>The signed-in member's own avatar, from the cookie's claims (no database read).</summary>
    public static AvatarView OwnAvatar(this ClaimsPrincipal user) =>
        new(user.UserId() ?? Guid.Empty, user.DisplayName(), user.FindFirstValue(AvatarClaim) is { Length: > 0 } key ? key : null, false);

    private sealed class DisplayNameClaimsFactory(
        UserManager<AppUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
        : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(users, roles, options)
    {
        protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
        {
            var identity = await base.GenerateClaimsAsync(user);
            identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
            identity.AddClaim(new Claim(AvatarClaim, user.AvatarKey ?? ""));
            identity.AddClaim(MemberSessions.NewSessionClaim());
            return identity;
        }
    }
}
