using System.ComponentModel.DataAnnotations;
using Limber.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Limber.Features.Accounts;

/// <summary>Sends a reset link. The answer is the same whether or not the address has an account.</summary>
[EnableRateLimiting(RateLimits.EmailRequests)]
public sealed class ForgotPasswordModel(UserManager<AppUser> users, AccountEmails emails) : PageModel
{
    [BindProperty]
    [Display(Name = "Email")]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var email = Email?.Trim() ?? "";
        if (!EmailAddresses.IsValid(email))
        {
            ModelState.AddModelError(nameof(Email), RegisterMember.Messages.EmailInvalid);
            return Page();
        }
        if (await users.FindByEmailAsync(email) is { } user)
        {
            await emails.SendPasswordResetAsync(user, cancellationToken);
        }
        Sent = true;
        return Page();
    }
}
