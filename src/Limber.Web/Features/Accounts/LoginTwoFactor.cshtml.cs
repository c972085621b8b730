using System.ComponentModel.DataAnnotations;
using Limber.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Limber.Features.Accounts;

/// <summary>The second step of signing in: a code from the authenticator app, or a recovery code.</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class LoginTwoFactorModel(SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty]
    [Display(Name = "Authentication code")]
    public string? Code { get; set; }

    [BindProperty]
    [Display(Name = "Remember this device for 30 days")]
    public bool RememberDevice { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Accounts/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Accounts/Login");
        }
        var code = (Code ?? "").Replace(" ", "").Replace("-", "");
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, RememberDevice)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(Code?.Trim() ?? "");
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        ModelState.AddModelError(nameof(Code), result.IsLockedOut ? "Too many wrong tries: signing in pauses for 15 minutes; resetting your password ends the pause." : "That code is not right. Try the one your app shows now, or a recovery code.");
        return Page();
    }
}
