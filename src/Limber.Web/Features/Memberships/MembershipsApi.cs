using System.Security.Claims;
using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Memberships;

public static class MembershipsApi
{
    public static void MapMembershipsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/membership/tiers", TiersAsync).WithTags("Membership")
            .WithName("ListTiers").WithSummary("Lists the active tiers with their prices (minor units, ISO currency).");
        endpoints.MapGet("/api/v1/me/membership", MineAsync).WithTags("Me").RequireAuthorization()
            .WithName("GetMyMembership").WithSummary("Gets the signed-in member's plan, status and whether they have Premium now.");
    }

    private static async Task<Ok<List<TierResponse>>> TiersAsync(AppDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Tiers.AsNoTracking().Where(t => t.Active).OrderBy(t => t.MonthlyPriceMinor)
            .Select(t => new TierResponse(t.Slug, t.Name, t.Description, t.IsPaid, t.MonthlyPriceMinor, t.YearlyPriceMinor, t.Currency,
                t.Benefits.Replace("\r", "").Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList()))
            .ToListAsync(cancellationToken));

    private static async Task<Ok<MyMembershipResponse>> MineAsync(ClaimsPrincipal user, AppDbContext db, MemberAccess access, CancellationToken cancellationToken)
    {
        var id = user.UserId()!.Value;
        var membership = await db.Memberships.AsNoTracking().OwnedBy(id).SingleOrDefaultAsync(cancellationToken);
        var premium = await access.HasPremiumAsync(id, cancellationToken);
        return TypedResults.Ok(new MyMembershipResponse(premium ? "premium" : "free", premium, membership?.Status,
            membership?.Interval, membership?.CurrentPeriodEndUtc, membership?.CancelAtPeriodEnd ?? false));
    }
}

public sealed record TierResponse(string Slug, string Name, string Description, bool IsPaid, long MonthlyPriceMinor, long YearlyPriceMinor,
    string Currency, List<string> Benefits);

public sealed record MyMembershipResponse(string Plan, bool HasPremium, MembershipStatus? Status, BillingInterval? Interval,
    DateTime? CurrentPeriodEnd, bool CancelAtPeriodEnd);
