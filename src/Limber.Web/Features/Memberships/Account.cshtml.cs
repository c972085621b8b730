using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Payments;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Memberships;

/// <summary><c>/account/membership</c>: plan, status, renewal or end date; upgrade, manage billing, cancel, resume.</summary>
[Authorize]
public sealed class AccountModel(AppDbContext db, MemberAccess access, IPaymentGateway gateway, MembershipChanges changes, SiteUrls urls) : PageModel
{
    public Membership? Membership { get; private set; }

    public ComplimentaryGrant? Grant { get; private set; }

    public bool HasPremium { get; private set; }

    public bool IsDemo => gateway.IsDemo;

    /// <summary>The checkout's return address says <c>?welcome=1</c>: a string, since "1" does not bind to a bool.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Welcome { get; set; }

    public bool IsWelcome => Welcome is "1" or "true";

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken) => SetCanceledAsync(true, cancellationToken);

    public Task<IActionResult> OnPostResumeAsync(CancellationToken cancellationToken) => SetCanceledAsync(false, cancellationToken);

    public async Task<IActionResult> OnPostBillingAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var url = Membership is null ? null : await gateway.BillingPortalAsync(Membership, urls.Absolute("/account/membership"), cancellationToken);
        if (url is null)
        {
            Flash = "There is no billing page for this membership (demo checkout: no card on file).";
            return RedirectToPage();
        }
        return Redirect(url);
    }

    private async Task<IActionResult> SetCanceledAsync(bool cancel, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Membership is null || (cancel && !HasPremium))
        {
            return NotFound();
        }
        await gateway.SetCancelAtPeriodEndAsync(Membership, cancel, cancellationToken);
        await changes.SetCanceledAsync(Membership, cancel, cancellationToken);
        Flash = cancel
            ? $"Canceled. You keep Premium until {Membership.CurrentPeriodEndUtc:d MMMM yyyy}."
            : "Resumed. Your membership renews as before.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var me = User.UserId()!.Value;
        Membership = await db.Memberships.AsNoTracking().OwnedBy(me).SingleOrDefaultAsync(cancellationToken);
        Grant = await db.ComplimentaryGrants.AsNoTracking().OwnedBy(me).Where(g => g.RevokedAtUtc == null)
            .OrderByDescending(g => g.GrantedAtUtc).FirstOrDefaultAsync(cancellationToken);
        HasPremium = await access.HasPremiumAsync(me, cancellationToken);
    }
}
