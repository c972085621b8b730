using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Limber.Infrastructure.Security;

/// <summary>
/// Signed tokens that name a member for one purpose (the one-click unsubscribe link of one kind of
/// email): they cannot be forged, altered, or used for another purpose. Each purpose is a subclass.
/// </summary>
public abstract class MemberTokens(IDataProtectionProvider protection, string purpose)
{
    private readonly IDataProtector _protector = protection.CreateProtector(purpose);

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
