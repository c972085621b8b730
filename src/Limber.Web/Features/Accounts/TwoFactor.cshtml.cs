using System.ComponentModel.DataAnnotations;
using Limber.Infrastructure;
using Limber.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Limber.Features.Accounts;

/// <summary>
/// Time-based one-time codes (TOTP) from an authenticator app, with recovery codes. Showing the page
/// changes nothing: a member without a key is shown a new one carried (encrypted) in the form, and it
/// is stored only when they turn two-factor on. Resetting the key on every view changed the security
/// stamp and signed the member out everywhere a minute later.
/// </summary>
[Authorize]
public sealed class TwoFactorModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, IUserStore<AppUser> store,
    AuditLog audit, AppDbContext db, IOptions<LimberOptions> site, IDataProtectionProvider protection) : PageModel
{
    private const string Purpose = "Limber.Accounts.TwoFactor.PendingKey";

    [BindProperty]
    [Display(Name = "Verification code")]
    public string? Code { get; set; }

    public bool Enabled { get; private set; }

    public string SharedKey { get; private set; } = "";

    public string AuthenticatorUri { get; private set; } = "";

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    /// <summary>The shown key, when the member has none stored yet: encrypted for them, valid for an hour.</summary>
    [BindProperty]
    public string? PendingKey { get; set; }

    /// <summary>The setup link as a QR code (SVG), for the phone's camera.</summary>
    public string QrCodeDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var posted = PendingKey;
        if (await LoadAsync() is not { } me)
        {
            return Challenge();
        }
        if (await users.GetAuthenticatorKeyAsync(me) is not { Length: > 0 })
        {
            if (Unprotect(me, posted) is not { } pending)
            {
                ModelState.AddModelError(nameof(Code), "This setup has expired. Add the new key below to your app and enter its code.");
                await LoadAsync();
                return Page();
            }
            // Stored without a new security stamp, so the member's other sessions stay signed in.
            await ((IUserAuthenticatorKeyStore<AppUser>)store).SetAuthenticatorKeyAsync(me, pending, HttpContext.RequestAborted);
            await users.UpdateAsync(me);
            await LoadAsync();
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
        // The form shows the key made here, not the one posted.
        ModelState.Remove(nameof(PendingKey));
        var key = await users.GetAuthenticatorKeyAsync(me);
        if (string.IsNullOrEmpty(key))
        {
            key = users.GenerateNewAuthenticatorKey();
            PendingKey = Protector(me).Protect(key, TimeSpan.FromHours(1));
        }
        else
        {
            PendingKey = null;
        }
        SharedKey = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var issuer = Uri.EscapeDataString(site.Value.SiteName);
        AuthenticatorUri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(me.Email!)}?secret={key}&issuer={issuer}&digits=6";
        QrCodeDataUri = QrCodes.SvgDataUri(AuthenticatorUri);
        return me;
    }

    private ITimeLimitedDataProtector Protector(AppUser me) => protection.CreateProtector(Purpose, me.Id.ToString()).ToTimeLimitedDataProtector();

    /// <summary>The key from the form, if it was made for this member within the hour.</summary>
    private string? Unprotect(AppUser me, string? pendingKey)
    {
        if (string.IsNullOrEmpty(pendingKey))
        {
            return null;
        }
        try
        {
            return Protector(me).Unprotect(pendingKey);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
