using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Limber.Features.Notifications;

/// <summary>Signed tokens for one-click unsubscribe links: they name a member and cannot be forged or altered.</summary>
public sealed class UnsubscribeLinks(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Limber.Unsubscribe.ReplyEmails.v1");

    public string TokenFor(Guid memberId) => _protector.Protect(memberId.ToString("N"));

    /// <summary>The member the token was made for, or null when it is not one of ours.</summary>
    public Guid? MemberFrom(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }
        try
        {
            return Guid.TryParseExact(_protector.Unprotect(token), "N", out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
