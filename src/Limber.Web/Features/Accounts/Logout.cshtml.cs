using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Limber.Features.Accounts;

/// <summary>
/// Signing out is a POST (with antiforgery), so a link or image elsewhere cannot sign anyone out.
/// It ends the session on the server too: a copy of the cookie no longer works.
/// </summary>
public sealed class LogoutModel(SignInManager<AppUser> signIn, MemberSessions sessions, IOptionsMonitor<CookieAuthenticationOptions> cookies) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (MemberSessions.SessionOf(User) is { } session)
        {
            await sessions.EndAsync(session, cookies.Get(IdentityConstants.ApplicationScheme).ExpireTimeSpan, cancellationToken);
        }
        else if (await signIn.UserManager.GetUserAsync(User) is { } member)
        {
            // A cookie from before sessions had ids: only a new security stamp ends it (and the member's other sessions).
            await signIn.UserManager.UpdateSecurityStampAsync(member);
        }
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
