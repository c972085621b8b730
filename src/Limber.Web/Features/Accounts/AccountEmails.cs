using System.Net;
using System.Text;
using Limber.Infrastructure;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Email;
using Limber.Infrastructure.Jobs;
using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Limber.Features.Accounts;

/// <summary>
/// The account emails (confirm, reset, "you already have an account"), with signed, expiring links,
/// queued as jobs rather than sent inside the request: a request that mails costs the same as
/// one that does not, so the time of an answer does not tell which addresses have accounts, and a
/// slow or failing mail server neither delays nor loses them.
/// </summary>
public sealed class AccountEmails(UserManager<AppUser> users, JobQueue jobs, AppDbContext db, SiteUrls urls, IOptions<LimberOptions> site)
{
    public async Task SendConfirmationAsync(AppUser user, CancellationToken cancellationToken)
    {
        var token = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = urls.Absolute($"/account/confirm-email?userId={user.Id}&code={token}");
        await SendAsync(user, "Confirm your email",
            $"Welcome to {site.Value.SiteName}, {user.DisplayName}!",
            "Please confirm your email address so you can comment and get notified of replies.",
            "Confirm my email", link, cancellationToken);
    }

    public async Task SendPasswordResetAsync(AppUser user, CancellationToken cancellationToken)
    {
        var token = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = urls.Absolute($"/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&code={token}");
        await SendAsync(user, "Reset your password",
            $"Hello {user.DisplayName},",
            "Someone (hopefully you) asked to reset the password of your account. The link works for a day. If it wasn't you, ignore this email: your password stays as it is.",
            "Choose a new password", link, cancellationToken);
    }

    /// <summary>Sent instead of a second registration, so the form never tells a stranger which emails have accounts.</summary>
    public Task SendAlreadyRegisteredAsync(AppUser user, CancellationToken cancellationToken) =>
        SendAsync(user, $"You already have a {site.Value.SiteName} account",
            $"Hello {user.DisplayName},",
            "Someone tried to create an account with this email address, which already has one. If it was you, log in, or reset your password if you forgot it. If it wasn't you, you can ignore this email.",
            "Log in", urls.Absolute("/account/login"), cancellationToken);

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? code)
    {
        try
        {
            return code is null ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private async Task SendAsync(AppUser user, string subject, string greeting, string text, string action, string link, CancellationToken cancellationToken)
    {
        var name = site.Value.SiteName;
        var plain = $"{greeting}\n\n{text}\n\n{action}: {link}\n\n— {name}\n";
        var html = $"""
            <!DOCTYPE html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1c1917">
            <p>{WebUtility.HtmlEncode(greeting)}</p>
            <p>{WebUtility.HtmlEncode(text)}</p>
            <p><a href="{WebUtility.HtmlEncode(link)}" style="display:inline-block;background:#0f766e;color:#fff;padding:10px 18px;border-radius:999px;text-decoration:none;font-weight:600">{WebUtility.HtmlEncode(action)}</a></p>
            <p style="color:#57534e;font-size:14px">Or paste this address into your browser: {WebUtility.HtmlEncode(link)}</p>
            <p>— {WebUtility.HtmlEncode(name)}</p>
            </body></html>
            """;
        jobs.Enqueue(EmailJob.Kind, new EmailMessage(user.Email!, user.DisplayName, subject, plain, html));
        await db.SaveChangesAsync(cancellationToken);
    }
}
