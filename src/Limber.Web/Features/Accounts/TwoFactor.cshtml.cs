using System.ComponentModel.DataAnnotations;
using Limber.Infrastructure;
using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Limber.Features.Accounts;

/// <summary>Time-based one-time codes (TOTP) from an authenticator app, with recovery codes.</summary>
[Authorize]
public sealed class TwoFactorModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit, AppDbContext db, IOptions<LimberOptions> site) : PageModel
{
    [BindProperty]
    [Display(Name = "Verification code")]
    public string? Code { get; set; }

    public bool Enabled { get; private set; }

    public string SharedKey { get; private set; } = "";

    public string AuthenticatorUri { get; private set; } = "";

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await LoadAsync() is not { } me)
        {
            return Challenge();
        }
        var code = (Code ?? "").Replace(" ", "").Replace("-", "");
        if (!await users.VerifyTwoFactorTokenAsync(me, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), "That code is not right. Enter the 6 digits your app shows now.");
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(me, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(me, 8) ?? []];
        audit.Record(User, me.Id, "two-factor-enabled");
        await db.SaveChangesAsync();
        await signIn.RefreshSignInAsync(me);
        Enabled = true;
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await LoadAsync() is not { } me)
        {
            return Challenge();
        }
        await users.SetTwoFactorEnabledAsync(me, false);
        await users.ResetAuthenticatorKeyAsync(me);
        audit.Record(User, me.Id, "two-factor-disabled");
        await db.SaveChangesAsync();
        await signIn.RefreshSignInAsync(me);
        return RedirectToPage();
    }

    private async Task<AppUser?> LoadAsync()
    {
        var me = await users.GetUserAsync(User);
        if (me is null)
        {
            return null;
        }
        Enabled = me.TwoFactorEnabled;
        var key = await users.GetAuthenticatorKeyAsync(me);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(me);
            key = await users.GetAuthenticatorKeyAsync(me);
        }
        SharedKey = string.Join(' ', key!.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var issuer = Uri.EscapeDataString(site.Value.SiteName);
        AuthenticatorUri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(me.Email!)}?secret={key}&issuer={issuer}&digits=6";
        return me;
    }
}
