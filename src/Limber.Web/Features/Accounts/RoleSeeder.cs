using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Limber.Features.Accounts;

/// <summary>Makes sure every role in <see cref="Roles.All"/> exists; runs at start-up.</summary>
public sealed class RoleSeeder(RoleManager<IdentityRole<Guid>> roles)
{
    public async Task SeedAsync()
    {
        // One query for all of them: this runs before the server takes its first request.
        var existing = await roles.Roles.Select(r => r.Name!).ToListAsync();
        foreach (var name in Roles.All.Except(existing, StringComparer.Ordinal))
        {
            await roles.CreateAsync(new IdentityRole<Guid>(name) { Id = Guid.CreateVersion7() });
        }
    }
}
