using System.ComponentModel.DataAnnotations;
using Limber.Features.Accounts;
using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Limber.Features.Memberships.Admin;

/// <summary><c>/admin/membership/members</c>: members by plan and status; give or take back complimentary Premium. Admins only.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class MembersModel(AppDbContext db, AuditLog audit, TimeProvider clock, IOptions<Infrastructure.Payments.PaymentsOptions> payments) : PageModel
{
    /// <summary>all, premium, free, complimentary, past-due, canceled.</summary>
    [BindProperty(SupportsGet = true)]
    public string Filter { get; set; } = "all";

    public List<Row> Rows { get; private set; } = [];

    [BindProperty]
    [Display(Name = "Member email")]
    public string? GrantEmail { get; set; }

    [BindProperty]
    [Display(Name = "Until (empty: no end)")]
    [DataType(DataType.Date)]
    public DateTime? GrantUntil { get; set; }

    [BindProperty]
    [Display(Name = "Note")]
    [StringLength(500, ErrorMessage = "At most 500 characters.")]
    public string? GrantNote { get; set; }

    [TempData]
    public string? Flash { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostGrantAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var email = GrantEmail?.Trim().ToUpperInvariant();
        var member = email is null ? null : await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == email, cancellationToken);
        if (member is null)
        {
            ModelState.AddModelError(nameof(GrantEmail), "No member has that email address.");
        }
        if (GrantUntil is { } until && DateTime.SpecifyKind(until, DateTimeKind.Utc) <= now)
        {
            ModelState.AddModelError(nameof(GrantUntil), "Choose a date in the future, or leave it empty.");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
        db.ComplimentaryGrants.Add(new ComplimentaryGrant
        {
            MemberId = member!.Id,
            EndsAtUtc = GrantUntil is { } end ? DateTime.SpecifyKind(end.Date.AddDays(1), DateTimeKind.Utc) : null,
            Note = GrantNote?.Trim() ?? "",
            GrantedById = User.UserId(),
            GrantedAtUtc = now,
        });
        audit.Record(User, member.Id, "complimentary-granted", GrantUntil is { } u ? $"Until {u:d MMM yyyy}. {GrantNote}" : $"No end. {GrantNote}");
        await db.SaveChangesAsync(cancellationToken);
        Flash = $"{member.DisplayName} has complimentary Premium.";
        return RedirectToPage(new { Filter });
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid grantId, CancellationToken cancellationToken)
    {
        var grant = await db.ComplimentaryGrants.SingleOrDefaultAsync(g => g.Id == grantId && g.RevokedAtUtc == null, cancellationToken);
        if (grant is null)
        {
            return NotFound();
        }
        grant.RevokedAtUtc = clock.GetUtcNow().UtcDateTime;
        audit.Record(User, grant.MemberId, "complimentary-revoked");
        await db.SaveChangesAsync(cancellationToken);
        Flash = "Complimentary Premium revoked.";
        return RedirectToPage(new { Filter });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var grace = TimeSpan.FromDays(payments.Value.GraceDays);
        var users = await db.Users.AsNoTracking().OrderByDescending(u => u.CreatedAtUtc).Take(500)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.CreatedAtUtc }).ToListAsync(cancellationToken);
        var ids = users.Select(u => u.Id).ToList();
        var memberships = await db.Memberships.AsNoTracking().Where(m => ids.Contains(m.MemberId)).ToDictionaryAsync(m => m.MemberId, cancellationToken);
        var grants = (await db.ComplimentaryGrants.AsNoTracking().Where(g => ids.Contains(g.MemberId) && g.RevokedAtUtc == null).ToListAsync(cancellationToken))
            .Where(g => g.GivesAccessAt(now)).GroupBy(g => g.MemberId).ToDictionary(g => g.Key, g => g.First());
        Rows = [.. users.Select(u =>
        {
            var m = memberships.GetValueOrDefault(u.Id);
            var grant = grants.GetValueOrDefault(u.Id);
            var paid = m?.GivesAccessAt(now, grace) == true;
            return new Row(u.Id, u.DisplayName, u.Email!, paid ? "Premium" : grant is not null ? "Premium (complimentary)" : "Free",
                m?.Status, m?.CurrentPeriodEndUtc, grant);
        }).Where(r => Filter switch
        {
            "premium" => r.Plan == "Premium",
            "free" => r.Plan == "Free",
            "complimentary" => r.Grant is not null,
            "past-due" => r.Status == MembershipStatus.PastDue,
            "canceled" => r.Status == MembershipStatus.Canceled,
            _ => true,
        })];
    }

    public sealed record Row(Guid Id, string Name, string Email, string Plan, MembershipStatus? Status, DateTime? PeriodEnd, ComplimentaryGrant? Grant);
}
