using System.ComponentModel.DataAnnotations;
using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Features.Accounts;

/// <summary>A new password renews the security stamp: every other session is signed out, this one stays.</summary>
[Authorize]
public sealed class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit, AppDbContext db) : PageModel
{
    [BindProperty]
    [Display(Name = "Current password")]
    [DataType(DataType.Password)]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    [Display(Name = "New password")]
    [DataType(DataType.Password)]
    public string? NewPassword { get; set; }

    [BindProperty]
    [Display(Name = "Confirm password")]
    [DataType(DataType.Password)]
    public string? ConfirmPassword { get; set; }

    [TempData]
    public string? Flash { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } me)
        {
            return Challenge();
        }
        if (string.IsNullOrEmpty(NewPassword))
        {
            ModelState.AddModelError(nameof(NewPassword), RegisterMember.Messages.PasswordRequired);
        }
        else if (NewPassword != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), RegisterMember.Messages.Mismatch);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await users.ChangePasswordAsync(me, CurrentPassword ?? "", NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(CurrentPassword) : nameof(NewPassword),
                    error.Code == "PasswordMismatch" ? "That is not your current password." : error.Description);
            }
            return Page();
        }
        audit.Record(User, me.Id, "password-changed");
        await db.SaveChangesAsync();
        await signIn.RefreshSignInAsync(me);
        Flash = "Password changed. Other devices have been signed out.";
        return RedirectToPage();
    }
}
