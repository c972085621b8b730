using Microsoft.AspNetCore.Identity;

namespace Limber.Features.Accounts;

/// <summary>Makes sure every role in <see cref="Roles.All"/> exists; runs at start-up.</summary>
public sealed class RoleSeeder(RoleManager<IdentityRole<Guid>> roles)
{
    public async Task SeedAsync()
    {
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(name) { Id = Guid.CreateVersion7() });
            }
        }
    }
}
