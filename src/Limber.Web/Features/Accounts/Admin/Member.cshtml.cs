using System.ComponentModel.DataAnnotations;
using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Accounts.Admin;

/// <summary>One member: role, suspension, confirmation email, and the audit log of their account. Admins only.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class MemberModel(UserManager<AppUser> users, AppDbContext db, AuditLog audit, AccountEmails emails) : PageModel
{
    public AppUser Member { get; private set; } = null!;

    public string Role { get; private set; } = Roles.Member;

    public List<AuditEntry> History { get; private set; } = [];

    [BindProperty]
    [Display(Name = "Role")]
    public string? NewRole { get; set; }

    [TempData]
    public string? Flash { get; set; }

    public bool Suspended => Member.LockoutEnd >= DateTimeOffset.MaxValue.AddYears(-1);

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRoleAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (NewRole is null || !Roles.All.Contains(NewRole))
        {
            ModelState.AddModelError(nameof(NewRole), "Choose one of the roles in the list.");
            return Page();
        }
        if (Member.Id == User.UserId() && NewRole != Roles.Admin)
        {
            ModelState.AddModelError(nameof(NewRole), "You cannot take the admin role from yourself; ask another admin.");
            return Page();
        }
        await users.RemoveFromRolesAsync(Member, await users.GetRolesAsync(Member));
        await users.AddToRoleAsync(Member, NewRole);
        await users.UpdateSecurityStampAsync(Member); // the new role applies to their open sessions too
        return await DoneAsync("role-changed", $"Role set to {NewRole}.");
    }

    public async Task<IActionResult> OnPostSuspendAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (Member.Id == User.UserId())
        {
            Flash = "You cannot suspend yourself.";
            return RedirectToPage(new { id });
        }
        await users.SetLockoutEnabledAsync(Member, true);
        await users.SetLockoutEndDateAsync(Member, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(Member); // signs them out everywhere
        return await DoneAsync("suspended", "Suspended: cannot sign in.");
    }

    public async Task<IActionResult> OnPostUnsuspendAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        await users.SetLockoutEndDateAsync(Member, null);
        await users.ResetAccessFailedCountAsync(Member);
        return await DoneAsync("unsuspended", "Suspension lifted.");
    }

    public async Task<IActionResult> OnPostResendAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!Member.EmailConfirmed)
        {
            await emails.SendConfirmationAsync(Member, cancellationToken);
        }
        return await DoneAsync("confirmation-resent", "Confirmation email sent again.");
    }

    private async Task<IActionResult> DoneAsync(string action, string message)
    {
        audit.Record(User, Member.Id, action, message);
        await db.SaveChangesAsync();
        Flash = message;
        return RedirectToPage(new { id = Member.Id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } member)
        {
            return false;
        }
        Member = member;
        Role = (await users.GetRolesAsync(member)).FirstOrDefault() ?? Roles.Member;
        History = await db.AuditLog.AsNoTracking().Where(e => e.SubjectId == id).OrderByDescending(e => e.AtUtc).Take(50).ToListAsync();
        return true;
    }
}
