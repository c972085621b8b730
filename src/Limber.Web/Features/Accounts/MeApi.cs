using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Limber.Features.Accounts;

/// <summary><c>/api/v1/me</c>: the signed-in member's own profile, read and changed with the page's rules.</summary>
public static class MeApi
{
    public static void MapMeApi(this IEndpointRouteBuilder endpoints)
    {
        var me = endpoints.MapGroup("/api/v1/me").WithTags("Me").RequireAuthorization();

        me.MapGet("/", GetAsync)
            .WithName("GetMe")
            .WithSummary("Gets the signed-in member's profile.");

        me.MapPatch("/", PatchAsync)
            .WithName("UpdateMe")
            .WithSummary("Changes the signed-in member's profile; fields left out stay as they are.")
            .WithDescription("Needs the antiforgery token in the X-CSRF-TOKEN header (from the page's csrf-token meta tag) when called with the session cookie.")
            .AddEndpointFilter<AntiforgeryFilter>()
            .RequireRateLimiting(Infrastructure.Security.RateLimits.ProfileSaves);
    }

    private static async Task<Results<Ok<MeResponse>, UnauthorizedHttpResult>> GetAsync(HttpContext http, UserManager<AppUser> users)
    {
        var user = await users.GetUserAsync(http.User);
        return user is null ? TypedResults.Unauthorized() : TypedResults.Ok(MeResponse.From(user));
    }

    private static async Task<Results<Ok<MeResponse>, UseCaseProblem, UnauthorizedHttpResult>> PatchAsync(
        UpdateMeRequest request, HttpContext http, UserManager<AppUser> users, UpdateProfile update, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }
        var updated = await update.HandleAsync(user, new UpdateProfile.Input(
            request.DisplayName, request.Location, request.ShowNamePublicly, request.TimeZone, request.EmailOnReply), cancellationToken);
        return updated.Succeeded ? TypedResults.Ok(MeResponse.From(updated.Value)) : updated.ToProblem();
    }
}

public sealed record MeResponse(
    Guid Id,
    string DisplayName,
    string PublicName,
    string Email,
    bool EmailConfirmed,
    string? Location,
    bool ShowNamePublicly,
    string TimeZone,
    bool EmailOnReply,
    string? AvatarUrl)
{
    public static MeResponse From(AppUser user) => new(user.Id, user.DisplayName, user.PublicName, user.Email!, user.EmailConfirmed,
        user.Location, user.ShowNamePublicly, user.TimeZone, user.EmailOnReply,
        user.AvatarKey is null ? null : AvatarStore.Url(user.Id, user.AvatarKey, 256));
}

public sealed record UpdateMeRequest(string? DisplayName, string? Location, bool? ShowNamePublicly, string? TimeZone, bool? EmailOnReply);
