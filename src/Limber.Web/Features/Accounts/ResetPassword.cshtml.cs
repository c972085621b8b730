using System.ComponentModel.DataAnnotations;
using Limber.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Limber.Features.Accounts;

/// <summary>Sets a new password from an emailed link; the new security stamp signs out every other session.</summary>
[EnableRateLimiting(RateLimits.EmailRequests)]
public sealed class ResetPasswordModel(UserManager<AppUser> users) : PageModel
{
    public const string InvalidLink = "This link has expired or was already used. Ask for a new one.";

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    [Display(Name = "New password")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [BindProperty]
    [Display(Name = "Confirm password")]
    [DataType(DataType.Password)]
    public string? ConfirmPassword { get; set; }

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), RegisterMember.Messages.PasswordRequired);
        }
        else if (Password != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), RegisterMember.Messages.Mismatch);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = Email is null ? null : await users.FindByEmailAsync(Email);
        var token = AccountEmails.Decode(Code);
        if (user is null || token is null)
        {
            ModelState.AddModelError(string.Empty, InvalidLink);
            return Page();
        }
        var result = await users.ResetPasswordAsync(user, token, Password!);
        if (!result.Succeeded)
        {
            var tokenError = result.Errors.Any(e => e.Code == "InvalidToken");
            ModelState.AddModelError(tokenError ? string.Empty : nameof(Password),
                tokenError ? InvalidLink : string.Join(" ", result.Errors.Select(e => e.Description)));
            return Page();
        }
        // Whoever locked the account with wrong passwords (anyone can, knowing the address) does not
        // keep its owner out: the reset link proves the owner, and ends the pause.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        // The link proves the member reads this mailbox.
        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }
        await users.ResetAccessFailedCountAsync(user);
        Done = true;
        return Page();
    }
}
