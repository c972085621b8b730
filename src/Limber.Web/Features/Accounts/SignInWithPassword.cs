using Microsoft.AspNetCore.Identity;

namespace Limber.Features.Accounts;

/// <summary>
/// Signs in with an email and a password, taking the same time whether or not the address has an
/// account and whether or not it is paused: a password hash is checked in every case (Identity
/// itself answers at once for an unknown or locked account, which tells a prober which addresses
/// are members). The caller gives one answer for every failure.
/// </summary>
public sealed class SignInWithPassword(SignInManager<AppUser> signIn, UserManager<AppUser> users)
{
    private static readonly AppUser Nobody = new() { UserName = "nobody", DisplayName = "nobody" };
    private static string? _dummyHash;

    public async Task<SignInResult> HandleAsync(string email, string password, bool rememberMe)
    {
        var user = await users.FindByNameAsync(email);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            users.PasswordHasher.VerifyHashedPassword(Nobody, DummyHash(), password);
            return user is null ? SignInResult.Failed : SignInResult.LockedOut;
        }
        return await signIn.PasswordSignInAsync(user, password, rememberMe, lockoutOnFailure: true);
    }

    /// <summary>A hash made with the site's own hasher and settings, so checking against it costs what a real check costs.</summary>
    private string DummyHash() => _dummyHash ??= users.PasswordHasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
}
