using Limber.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Limber.Features.Accounts;

/// <summary>Follows the link from the confirmation email; signed-in members can ask for a new one.</summary>
[EnableRateLimiting(RateLimits.EmailRequests)]
public sealed class ConfirmEmailModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountEmails emails) : PageModel
{
    public enum Outcome
    {
        Confirmed,
        InvalidLink,
        Pending,
        AlreadyConfirmed,
        Sent,
    }

    public Outcome Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? userId, string? code)
    {
        if (userId is null && code is null)
        {
            if (await users.GetUserAsync(User) is not { } me)
            {
                return Challenge();
            }
            Result = me.EmailConfirmed ? Outcome.AlreadyConfirmed : Outcome.Pending;
            return Page();
        }
        var user = Guid.TryParse(userId, out var id) ? await users.FindByIdAsync(id.ToString()) : null;
        var token = AccountEmails.Decode(code);
        if (user is null || token is null)
        {
            Result = Outcome.InvalidLink;
            return Page();
        }
        var confirmed = user.EmailConfirmed || (await users.ConfirmEmailAsync(user, token)).Succeeded;
        Result = confirmed ? Outcome.Confirmed : Outcome.InvalidLink;
        if (confirmed && users.GetUserId(User) == user.Id.ToString())
        {
            await signIn.RefreshSignInAsync(user);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(CancellationToken cancellationToken)
    {
        var me = await users.GetUserAsync(User);
        if (me is null)
        {
            return Challenge();
        }
        if (!me.EmailConfirmed)
        {
            await emails.SendConfirmationAsync(me, cancellationToken);
        }
        Result = me.EmailConfirmed ? Outcome.AlreadyConfirmed : Outcome.Sent;
        return Page();
    }
}
