using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Payments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Memberships;

/// <summary>The demo checkout: only when Stripe is not connected, clearly labelled, no money taken.</summary>
[Authorize]
public sealed class DemoCheckoutModel(IPaymentGateway gateway, AppDbContext db, MembershipChanges changes) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public BillingInterval Interval { get; set; } = BillingInterval.Month;

    public Tier Premium { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!gateway.IsDemo)
        {
            return NotFound();
        }
        Premium = await db.Tiers.AsNoTracking().SingleAsync(t => t.Id == Tier.PremiumId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!gateway.IsDemo || User.UserId() is not { } me)
        {
            return NotFound();
        }
        await changes.StartDemoAsync(me, Interval, cancellationToken);
        return Redirect("/account/membership?welcome=1");
    }
}
