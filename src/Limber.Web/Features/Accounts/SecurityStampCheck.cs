using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Limber.Features.Accounts;

/// <summary>
/// Refuses a sign-in cookie whose session was logged out (<see cref="MemberSessions"/>), on every
/// request. Checks a sign-in cookie against the member's security stamp only when the check is due. Identity's
/// own hook resolves its validator on every request, and building that builds a sign-in manager and a
/// user manager with their metrics instruments: a measurable share of every signed-in page and post,
/// for a check that runs once per <see cref="SecurityStampValidatorOptions.ValidationInterval"/>.
/// </summary>
internal static class SecurityStampCheck
{
    public static async Task WhenDueAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is { } principal && MemberSessions.SessionOf(principal) is { } session
            && await context.HttpContext.RequestServices.GetRequiredService<MemberSessions>().IsEndedAsync(session, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        // Identity's rule, as in SecurityStampValidator.ValidateAsync: due without an issue time, or once the interval has passed.
        if (context.Properties.IssuedUtc is { } issued && now - issued <= options.ValidationInterval)
        {
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
