using Microsoft.AspNetCore.Identity;

namespace Limber.Features.Accounts;

/// <summary>
/// Creates an administrator (the <c>admin create</c> command), so a fresh site can be run by
/// someone. The email counts as confirmed: whoever holds the server vouches for it.
/// </summary>
public sealed class CreateAdmin(UserManager<AppUser> users, RoleSeeder roles, TimeProvider clock)
{
    public sealed record Input(string Email, string Password, string DisplayName);

    public async Task<IReadOnlyList<string>> HandleAsync(Input input)
    {
        await roles.SeedAsync();
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(input.DisplayName) || input.DisplayName.Length > AppUser.DisplayNameMaxLength)
        {
            errors.Add($"The name is required and at most {AppUser.DisplayNameMaxLength} characters.");
        }
        if (await users.FindByEmailAsync(input.Email) is not null)
        {
            errors.Add($"An account with the email {input.Email} already exists.");
        }
        if (errors.Count > 0)
        {
            return errors;
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
            return [.. created.Errors.Select(e => e.Description)];
        }
        await users.AddToRoleAsync(user, Roles.Admin);
        return [];
    }
}
