using Limber.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;

namespace Limber.Features.Accounts;

/// <summary>
/// Creates an administrator (the <c>admin create</c> command), so a fresh site can be run by
/// someone. The email counts as confirmed: whoever holds the server vouches for it.
/// </summary>
public sealed class CreateAdmin(UserManager<AppUser> users, RoleSeeder roles, TimeProvider clock)
{
    public sealed record Input(string Email, string Password, string DisplayName);

    /// <returns>The administrator; else what to fix, keyed by <see cref="Input"/>'s names (Identity's password rules under the password).</returns>
    public async Task<Result<AppUser>> HandleAsync(Input input)
    {
        await roles.SeedAsync();
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(input.DisplayName) || input.DisplayName.Length > AppUser.DisplayNameMaxLength)
        {
            errors[nameof(Input.DisplayName)] = $"The name is required and at most {AppUser.DisplayNameMaxLength} characters.";
        }
        if (await users.FindByEmailAsync(input.Email) is not null)
        {
            errors[nameof(Input.Email)] = $"An account with the email {input.Email} already exists.";
        }
        if (errors.Count > 0)
        {
            return Result.Invalid(errors);
        }
        var user = new AppUser
        {
            UserName = input.Email,
            Email = input.Email,
            EmailConfirmed = true,
            DisplayName = input.DisplayName.Trim(),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
        {
            return IdentityErrors.Invalid(created, nameof(Input.Email));
        }
        await users.AddToRoleAsync(user, Roles.Admin);
        return Result.Ok(user);
    }
}
