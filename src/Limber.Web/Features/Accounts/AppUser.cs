using Microsoft.AspNetCore.Identity;

namespace Limber.Features.Accounts;

/// <summary>
/// Everyone who signs in: members and staff alike (staff are users with a staff role).
/// Ids are Guid v7, created in code so they are the same on both databases.
/// </summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 80;

    public AppUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public string DisplayName { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}
