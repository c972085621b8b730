using Limber.Features.Accounts;
using Limber.Features.Shared;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Payments;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Memberships;

/// <summary>
/// <c>/join</c>: the pitch and the prices. Choosing Premium takes a visitor through registration
/// first, then to checkout (Stripe, or the demo checkout when Stripe is not connected).
/// </summary>
public sealed class JoinModel(AppDbContext db, MemberAccess access, IPaymentGateway gateway, UserManager<AppUser> users, SiteUrls urls) : PageModel
{
    public Tier Free { get; private set; } = null!;

    public Tier Premium { get; private set; } = null!;

    public bool HasPremium { get; private set; }

    public bool IsDemo => gateway.IsDemo;

    [BindProperty(SupportsGet = true)]
    public BillingInterval Interval { get; set; } = BillingInterval.Month;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCheckoutAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var checkout = $"/join?interval={Interval.ToString().ToLowerInvariant()}";
        if (await users.GetUserAsync(User) is not { } member)
        {
            // Registration first; the member comes back here to pay.
            return Redirect($"/account/register?returnUrl={Uri.EscapeDataString(checkout)}");
        }
        if (HasPremium)
        {
            return Redirect("/account/membership");
        }
        var existing = await db.Memberships.AsNoTracking().OwnedBy(member.Id).SingleOrDefaultAsync(cancellationToken);
        var url = await gateway.StartCheckoutAsync(member, existing, Premium, Interval,
            urls.Absolute("/account/membership?welcome=1"), urls.Absolute(checkout), cancellationToken);
        return Redirect(url);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var tiers = await db.Tiers.AsNoTracking().ToListAsync(cancellationToken);
        Free = tiers.Single(t => t.Id == Tier.FreeId);
        Premium = tiers.Single(t => t.Id == Tier.PremiumId);
        HasPremium = (await access.ReaderAsync(User, cancellationToken)).HasPremium;
        ViewData[nameof(PageMeta)] = new PageMeta("Join", Premium.Description, "/join");
    }
}
